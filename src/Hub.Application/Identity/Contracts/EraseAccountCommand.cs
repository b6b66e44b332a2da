using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Contracts;

/// <summary>
/// Anonymises a person's account for good: placeholder e-mail and name, no phone, no password, no roles, locked out,
/// every sign-in ended. Sent before the erasure is announced to the other modules; idempotent.
/// </summary>
[AllowModuleCallers]
public sealed record EraseAccountCommand(Guid UserId) : ICommand;
