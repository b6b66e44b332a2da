using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Persistence;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.Cohorts;
using Hub.Domain.Training.TrainingProgrammes;
using Mediator;

namespace Hub.Application.Training;

/// <summary>Enrols a programme's cohort: the members Training recorded from acceptance events, and whoever Applicants says is accepted.</summary>
internal static class CohortEnrolment
{
    /// <returns>How many founders were newly enrolled.</returns>
    public static async Task<int> EnrolCohortAsync(
        this TrainingProgramme programme, IReadRepository<CohortMember> members, ISender sender, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var known = await members.ListAsync(new CohortMembersSpec(programme.IntakeId), cancellationToken);
        var enrolled = known.Count(member => programme.Enrol(member, now));
        var accepted = await sender.Send(new ListAcceptedApplicationsQuery(programme.IntakeId), cancellationToken);
        return enrolled + accepted.Count(a => programme.Enrol(a.FounderUserId, a.ApplicationId, a.FounderFullName, now));
    }
}
