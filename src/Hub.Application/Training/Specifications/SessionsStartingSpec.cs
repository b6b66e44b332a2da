using Ardalis.Specification;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Specifications;

/// <summary>Sessions starting after <c>from</c> and at the latest at <c>to</c>, with their reminders (tracked).</summary>
public sealed class SessionsStartingSpec : Specification<TrainingSession>
{
    public SessionsStartingSpec(DateTimeOffset from, DateTimeOffset to) =>
        Query.Where(s => s.StartsAt > from && s.StartsAt <= to).OrderBy(s => s.StartsAt);
}
