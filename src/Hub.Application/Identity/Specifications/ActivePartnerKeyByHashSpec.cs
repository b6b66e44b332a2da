using Ardalis.Specification;
using Hub.Domain.Identity.PartnerKeys;

namespace Hub.Application.Identity.Specifications;

public sealed class ActivePartnerKeyByHashSpec : SingleResultSpecification<PartnerKey>
{
    public ActivePartnerKeyByHashSpec(string keyHash) =>
        Query.Where(k => k.KeyHash == keyHash && k.RevokedAt == null).AsNoTracking();
}
