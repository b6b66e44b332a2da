using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Hub.Application.Identity.Contracts;
using Mediator;

namespace Hub.Application.Identity.Queries.GetCurrentPerson;

public sealed class GetCurrentPersonQueryHandler(IIdentityService identity, ICurrentUser currentUser) : IQueryHandler<GetCurrentPersonQuery, IdentityPersonDto>
{
    public async ValueTask<IdentityPersonDto> Handle(GetCurrentPersonQuery query, CancellationToken cancellationToken) =>
        await identity.FindPersonAsync(currentUser.RequireId(), cancellationToken)
        ?? throw new UnauthenticatedException("This account no longer exists.");
}
