using Hub.Application.Common.Security;
using Hub.Application.Identity.Queries.ListUsers;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Queries.GetUserAccount;

/// <summary>An admin opens one account to change its roles or lock it: with its version.</summary>
[AllowRoles(Roles.Admin)]
public sealed record GetUserAccountQuery(Guid Id) : IQuery<IdentityUserAccountDto>;
