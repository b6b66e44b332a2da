using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Queries.ListUsers;

/// <summary>Staff list the accounts, by name: only those with <paramref name="Role"/>, or whose name or e-mail contains <paramref name="Search"/>.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record ListUsersQuery(string? Role, string? Search, PageRequest Page) : IQuery<PagedList<IdentityUserAccountDto>>;
