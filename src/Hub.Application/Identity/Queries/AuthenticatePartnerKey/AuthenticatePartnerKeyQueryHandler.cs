using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Specifications;
using Hub.Domain.Identity.PartnerKeys;
using Mediator;

namespace Hub.Application.Identity.Queries.AuthenticatePartnerKey;

public sealed class AuthenticatePartnerKeyQueryHandler(IReadRepository<PartnerKey> keys)
    : IQueryHandler<AuthenticatePartnerKeyQuery, AuthenticatedPartner?>
{
    public async ValueTask<AuthenticatedPartner?> Handle(AuthenticatePartnerKeyQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Key) || query.Key.Length > 200)
        {
            return null;
        }

        var key = await keys.SingleOrDefaultAsync(new ActivePartnerKeyByHashSpec(PartnerKeySecret.Hash(query.Key.Trim())), cancellationToken);
        return key is null ? null : new AuthenticatedPartner(key.Id.Value, key.Name, key.Scopes);
    }
}
