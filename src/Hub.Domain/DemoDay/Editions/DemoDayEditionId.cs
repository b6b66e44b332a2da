using Hub.Domain.Common;

namespace Hub.Domain.DemoDay.Editions;

public readonly record struct DemoDayEditionId(Guid Value) : IStronglyTypedId<DemoDayEditionId>
{
    public static DemoDayEditionId New() => new(Guid.CreateVersion7());

    public static DemoDayEditionId From(Guid value) => new(value);
}
