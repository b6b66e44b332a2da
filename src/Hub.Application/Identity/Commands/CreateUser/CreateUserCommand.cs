using Mediator;

namespace Hub.Application.Identity.Commands.CreateUser;

/// <summary>Hub staff create the accounts of mentors, judges, evaluators, staff and (on their behalf) founders.</summary>
public sealed record CreateUserCommand(string Email, string Password, string FullName, string Role) : ICommand<Guid>;
