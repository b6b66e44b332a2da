using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Commands.CreateUser;

/// <summary>Hub staff create the accounts of mentors, judges, evaluators, staff and (on their behalf) founders.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record CreateUserCommand(string Email, string Password, string FullName, string Role) : ICommand<Guid>;
