using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.Calls;

public readonly record struct CallId(Guid Value) : IStronglyTypedId<CallId>
{
    public static CallId New() => new(Guid.CreateVersion7());

    public static CallId From(Guid value) => new(value);
}
