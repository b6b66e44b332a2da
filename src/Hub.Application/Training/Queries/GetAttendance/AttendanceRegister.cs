using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Persistence;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Mediator;

namespace Hub.Application.Training.Queries.GetAttendance;

/// <summary>
/// A register as its keeper reads it: beside each participant their venture (one query to Applicants for the intake)
/// and the hours they attended in the programme so far (one query over the programme's sessions).
/// </summary>
internal static class AttendanceRegister
{
    public static async Task<TrainingAttendanceDto> ReadAsync(
        TrainingSession session, TrainingProgramme programme, IReadRepository<TrainingSession> sessions, ISender sender, CancellationToken cancellationToken)
    {
        var presence = await sessions.ListAsync(new PresenceInProgrammeSpec(programme.Id), cancellationToken);
        var hours = presence
            .SelectMany(s => s.Present.Select(founder => (Founder: founder, s.DurationMinutes)))
            .GroupBy(x => x.Founder)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.DurationMinutes) / 60m);
        var ventures = programme.Participants.Count == 0
            ? new Dictionary<Guid, string>()
            : (await sender.Send(new ListAcceptedApplicationsQuery(programme.IntakeId), cancellationToken)).ToDictionary(a => a.ApplicationId, a => a.VentureName);
        return TrainingAttendanceDto.Of(session, programme, ventures, hours);
    }
}
