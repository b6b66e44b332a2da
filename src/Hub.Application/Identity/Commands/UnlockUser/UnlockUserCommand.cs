using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Commands.UnlockUser;

/// <summary>An admin unlocks an account (also one locked out after failed sign-ins); its holder signs in again.</summary>
[AllowRoles(Roles.Admin)]
public sealed record UnlockUserCommand(Guid Id) : ICommand;
