using Hub.Domain.Common;

namespace Hub.Domain.Training.TrainingProgrammes;

/// <summary>A founder enrolled in a programme because they were accepted into its intake.</summary>
public sealed class Participant
{
    private Participant()
    {
    }

    public Guid FounderUserId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string FullName { get; private set; } = string.Empty;

    public DateTimeOffset EnrolledAt { get; private set; }

    internal void ErasePersonalData() => FullName = ErasedPerson.Name;

    internal static Participant Create(Guid founderUserId, Guid applicationId, string fullName, DateTimeOffset now) =>
        new() { FounderUserId = founderUserId, ApplicationId = applicationId, FullName = fullName, EnrolledAt = now };
}
