using Mediator;

namespace Hub.Application.Identity.Contracts;

public sealed class FindPersonByEmailQueryHandler(IIdentityService identity) : IQueryHandler<FindPersonByEmailQuery, IdentityPersonDto?>
{
    public async ValueTask<IdentityPersonDto?> Handle(FindPersonByEmailQuery query, CancellationToken cancellationToken) =>
        await identity.FindPersonByEmailAsync(query.Email, cancellationToken);
}
