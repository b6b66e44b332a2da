using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Queries.GetAttendance;

/// <summary>A session's register: every participant of its programme, with their status once recorded.</summary>
public sealed record TrainingAttendanceDto(Guid SessionId, IReadOnlyList<TrainingAttendanceEntryDto> Entries)
{
    public static TrainingAttendanceDto Of(TrainingSession session, TrainingProgramme programme) =>
        new(session.Id.Value, [.. programme.Participants
            .OrderBy(p => p.FullName, StringComparer.Ordinal).ThenBy(p => p.FounderUserId)
            .Select(p => (Participant: p, Entry: session.Attendance.FirstOrDefault(a => a.FounderUserId == p.FounderUserId)))
            .Select(x => new TrainingAttendanceEntryDto(x.Participant.FounderUserId, x.Participant.FullName, x.Entry?.Status.ToString(), x.Entry?.RecordedBy, x.Entry?.RecordedAt))]);
}
