using Hub.Domain.Common;

namespace Hub.Domain.Training.Cohorts;

public readonly record struct CohortMemberId(Guid Value) : IStronglyTypedId<CohortMemberId>
{
    public static CohortMemberId New() => new(Guid.CreateVersion7());

    public static CohortMemberId From(Guid value) => new(value);
}
