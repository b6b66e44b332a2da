using Ardalis.Specification;
using Hub.Domain.Training.Ledger;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Specifications;

/// <summary>Each session a founder attended (Present), as a line of their learning ledger.</summary>
public sealed class PresentMinutesOfFounderSpec : Specification<TrainingSession, LedgerLine>
{
    public PresentMinutesOfFounderSpec(Guid founderUserId) =>
        Query.Where(s => s.Attendance.Any(a => a.FounderUserId == founderUserId && a.Status == AttendanceStatus.Present))
            .Select(s => new LedgerLine(s.ModuleId, s.DurationMinutes, false));
}
