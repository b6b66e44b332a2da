using Hub.Application.Common.Security;
using Hub.Application.Identity.Queries.ListUsers;
using Mediator;

namespace Hub.Application.Identity.Commands.ChangeUserRoles;

/// <summary>An admin replaces a person's roles, sending the <paramref name="Version"/> of the account they saw.</summary>
[AllowRoles(Hub.Domain.Common.Roles.Admin)]
public sealed record ChangeUserRolesCommand(Guid Id, IReadOnlyList<string> Roles, string Version) : ICommand<IdentityUserAccountDto>;
