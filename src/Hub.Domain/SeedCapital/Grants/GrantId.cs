using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.Grants;

public readonly record struct GrantId(Guid Value) : IStronglyTypedId<GrantId>
{
    public static GrantId New() => new(Guid.CreateVersion7());

    public static GrantId From(Guid value) => new(value);
}
