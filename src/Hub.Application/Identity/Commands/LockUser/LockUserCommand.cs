using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Commands.LockUser;

/// <summary>An admin locks an account: it cannot sign in, and its tokens and cookies stop working, until unlocked.</summary>
[AllowRoles(Roles.Admin)]
public sealed record LockUserCommand(Guid Id) : ICommand;
