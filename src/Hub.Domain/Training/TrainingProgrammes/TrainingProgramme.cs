using Hub.Domain.Common;
using Hub.Domain.Training.Cohorts;

namespace Hub.Domain.Training.TrainingProgrammes;

/// <summary>A training programme for one intake's cohort: every founder accepted into the intake is enrolled.</summary>
public sealed class TrainingProgramme : AggregateRoot<TrainingProgrammeId>
{
    public const int MaxNameLength = 200;

    private readonly List<Participant> _participants = [];

    private TrainingProgramme()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public Guid IntakeId { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Kept beside the list so two enrolments into one programme at once change the same row and one of them retries.</summary>
    public int ParticipantCount { get; private set; }

    public IReadOnlyList<Participant> Participants => _participants;

    public static TrainingProgramme Create(string name, Guid intakeId, Guid createdBy, DateTimeOffset now) =>
        new()
        {
            Id = TrainingProgrammeId.New(),
            Name = Guard.Text(name, "name", MaxNameLength),
            IntakeId = intakeId,
            CreatedBy = createdBy,
            CreatedAt = now,
        };

    /// <summary>An enrolled founder was erased under the GDPR: their name goes, the enrolment (and the count) stays.</summary>
    public void ErasePersonalData(Guid founderUserId) => _participants.FindAll(p => p.FounderUserId == founderUserId).ForEach(p => p.ErasePersonalData());

    public bool IsEnrolled(Guid founderUserId) => _participants.Exists(p => p.FounderUserId == founderUserId);

    /// <summary>Enrols a member of the programme's cohort; enrolling someone twice changes nothing.</summary>
    /// <returns>Whether the founder was newly enrolled.</returns>
    public bool Enrol(CohortMember member, DateTimeOffset now) =>
        member.IntakeId == IntakeId && Enrol(member.FounderUserId, member.ApplicationId, member.FullName, now);

    /// <inheritdoc cref="Enrol(CohortMember, DateTimeOffset)"/>
    public bool Enrol(Guid founderUserId, Guid applicationId, string fullName, DateTimeOffset now)
    {
        if (IsEnrolled(founderUserId))
        {
            return false;
        }

        _participants.Add(Participant.Create(founderUserId, applicationId, Guard.Text(fullName, "fullName", CohortMember.MaxNameLength), now));
        ParticipantCount = _participants.Count;
        return true;
    }
}
