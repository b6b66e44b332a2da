using Hub.Application.Common.Paging;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Queries.ListUsers;

public sealed class ListUsersQueryHandler(IUserAccounts accounts) : IQueryHandler<ListUsersQuery, PagedList<IdentityUserAccountDto>>
{
    public async ValueTask<PagedList<IdentityUserAccountDto>> Handle(ListUsersQuery query, CancellationToken cancellationToken) =>
        await accounts.ListAsync(Roles.Normalize(query.Role), string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim(), query.Page, cancellationToken);
}
