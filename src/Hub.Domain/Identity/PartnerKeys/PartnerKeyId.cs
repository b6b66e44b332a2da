using Hub.Domain.Common;

namespace Hub.Domain.Identity.PartnerKeys;

public readonly record struct PartnerKeyId(Guid Value) : IStronglyTypedId<PartnerKeyId>
{
    public static PartnerKeyId New() => new(Guid.CreateVersion7());

    public static PartnerKeyId From(Guid value) => new(value);
}
