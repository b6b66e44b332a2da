using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Queries.GetPreferredTimeZone;

public sealed class GetPreferredTimeZoneQueryHandler(IIdentityService identity, ICurrentUser currentUser) : IQueryHandler<GetPreferredTimeZoneQuery, IdentityTimeZoneDto>
{
    public async ValueTask<IdentityTimeZoneDto> Handle(GetPreferredTimeZoneQuery query, CancellationToken cancellationToken) =>
        new(await identity.FindPreferredTimeZoneAsync(currentUser.RequireId(), cancellationToken));
}
