using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Commands.RegisterFounder;

/// <summary>Self-registration; only founders may register themselves.</summary>
[AllowAnonymousCallers]
public sealed record RegisterFounderCommand(string Email, string Password, string FullName) : ICommand<Guid>;
