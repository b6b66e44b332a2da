using Hub.Application.Training.Specifications;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Queries.ListSessions;

/// <summary>A session; <c>startsAt</c> in UTC, <c>startsAtLocal</c> the same moment in the viewer's <c>timeZone</c>.</summary>
public sealed record TrainingSessionDto(
    Guid Id, Guid ProgrammeId, Guid ModuleId, string Title, DateTimeOffset StartsAt, DateTimeOffset StartsAtLocal, DateTimeOffset EndsAt, string TimeZone,
    int DurationMinutes, string Mode, string? Venue, string? Link, Guid TrainerUserId, bool AttendanceTaken)
{
    public static TrainingSessionDto Of(TrainingSession session, TimeZoneInfo zone) =>
        Of(
            new TrainingSessionRow(
                session.Id.Value, session.ProgrammeId.Value, session.ModuleId.Value, session.Title, session.StartsAt, session.DurationMinutes, session.Mode,
                session.Venue, session.Link, session.TrainerUserId, session.AttendanceTakenAt is not null),
            zone);

    public static TrainingSessionDto Of(TrainingSessionRow session, TimeZoneInfo zone) =>
        new(session.Id, session.ProgrammeId, session.ModuleId, session.Title, session.StartsAt,
            TrainingTimeZones.ToLocal(session.StartsAt, zone), session.StartsAt.AddMinutes(session.DurationMinutes), zone.Id, session.DurationMinutes,
            session.Mode.ToString(), session.Venue, session.Link, session.TrainerUserId, session.AttendanceTaken);
}
