using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Commands.RequestPasswordReset;

/// <summary>
/// Someone who forgot their password asks for a one-time link to choose a new one; it is e-mailed when the address has
/// an account, and the answer is the same whether it has or not.
/// </summary>
[AllowAnonymousCallers]
public sealed record RequestPasswordResetCommand(string Email) : ICommand;
