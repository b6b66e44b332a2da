using Mediator;

namespace Hub.Application.Identity.Contracts;

public sealed class GetPersonQueryHandler(IIdentityService identity) : IQueryHandler<GetPersonQuery, IdentityPersonDto?>
{
    public async ValueTask<IdentityPersonDto?> Handle(GetPersonQuery query, CancellationToken cancellationToken) =>
        await identity.FindPersonAsync(query.UserId, cancellationToken);
}
