using Hub.Domain.Common;

namespace Hub.Domain.Mentoring.MatchingRuns;

public readonly record struct MatchingRunId(Guid Value) : IStronglyTypedId<MatchingRunId>
{
    public static MatchingRunId New() => new(Guid.CreateVersion7());

    public static MatchingRunId From(Guid value) => new(value);
}
