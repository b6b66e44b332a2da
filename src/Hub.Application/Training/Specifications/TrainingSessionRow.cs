using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Specifications;

/// <summary>
/// A session's own columns, as a list reads them: without its attendance register, corrections and reminders (three
/// owned collections a list does not show and loading the session would join in).
/// </summary>
public sealed record TrainingSessionRow(
    Guid Id, Guid ProgrammeId, Guid ModuleId, string Title, DateTimeOffset StartsAt, int DurationMinutes, SessionMode Mode, string? Venue, string? Link,
    Guid TrainerUserId, bool AttendanceTaken);
