using Hub.Domain.Common;

namespace Hub.Domain.Privacy.Erasures;

public readonly record struct ErasureId(Guid Value) : IStronglyTypedId<ErasureId>
{
    public static ErasureId New() => new(Guid.CreateVersion7());

    public static ErasureId From(Guid value) => new(value);
}
