using Ardalis.Specification;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Specifications;

/// <summary>Each session of a programme with its length and who was present, for everyone's running hours in one query.</summary>
public sealed class PresenceInProgrammeSpec : Specification<TrainingSession, SessionPresence>
{
    public PresenceInProgrammeSpec(TrainingProgrammeId programmeId) =>
        Query.Where(s => s.ProgrammeId == programmeId)
            .Select(s => new SessionPresence(s.DurationMinutes, s.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.FounderUserId).ToList()));
}
