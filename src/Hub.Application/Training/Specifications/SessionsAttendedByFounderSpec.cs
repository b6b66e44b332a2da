using Ardalis.Specification;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Specifications;

/// <summary>The sessions whose register has a mark for a founder, whatever the mark.</summary>
public sealed class SessionsAttendedByFounderSpec : Specification<TrainingSession>
{
    public SessionsAttendedByFounderSpec(Guid founderUserId) =>
        Query.Where(s => s.Attendance.Any(a => a.FounderUserId == founderUserId)).OrderBy(s => s.StartsAt).AsNoTracking();
}
