using Hub.Application.Common.Exceptions;
using Hub.Application.Identity.Contracts;
using Mediator;

namespace Hub.Application.Identity.Queries.GetUser;

public sealed class GetUserQueryHandler(IIdentityService identity) : IQueryHandler<GetUserQuery, IdentityPersonDto>
{
    public async ValueTask<IdentityPersonDto> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        await identity.FindPersonAsync(query.Id, cancellationToken) ?? throw new NotFoundException("User", query.Id);
}
