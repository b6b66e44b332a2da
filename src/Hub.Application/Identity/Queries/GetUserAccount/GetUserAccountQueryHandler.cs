using Hub.Application.Common.Exceptions;
using Hub.Application.Identity.Queries.ListUsers;
using Mediator;

namespace Hub.Application.Identity.Queries.GetUserAccount;

public sealed class GetUserAccountQueryHandler(IUserAccounts accounts) : IQueryHandler<GetUserAccountQuery, IdentityUserAccountDto>
{
    public async ValueTask<IdentityUserAccountDto> Handle(GetUserAccountQuery query, CancellationToken cancellationToken) =>
        await accounts.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException("User", query.Id);
}
