using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Queries.GetAttendance;

/// <summary>
/// A session's register: every participant of its programme, with their status once recorded; <c>version</c> is the
/// session's version, to send as If-Match with the next save so a register saved meanwhile is not overwritten.
/// </summary>
public sealed record TrainingAttendanceDto(Guid SessionId, IReadOnlyList<TrainingAttendanceEntryDto> Entries, uint Version)
{
    public static TrainingAttendanceDto Of(
        TrainingSession session, TrainingProgramme programme, IReadOnlyDictionary<Guid, string> venturesByApplication, IReadOnlyDictionary<Guid, decimal> hoursByFounder) =>
        new(session.Id.Value, [.. programme.Participants
            .OrderBy(p => p.FullName, StringComparer.Ordinal).ThenBy(p => p.FounderUserId)
            .Select(p => (Participant: p, Entry: session.Attendance.FirstOrDefault(a => a.FounderUserId == p.FounderUserId)))
            .Select(x => new TrainingAttendanceEntryDto(
                x.Participant.FounderUserId, x.Participant.FullName, x.Entry?.Status.ToString(), x.Entry?.RecordedBy, x.Entry?.RecordedAt,
                venturesByApplication.GetValueOrDefault(x.Participant.ApplicationId), hoursByFounder.GetValueOrDefault(x.Participant.FounderUserId)))],
            session.Version);
}
