using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Contracts;

/// <summary>
/// Makes sure a staff member (a mentor, say) has an account with <paramref name="Role"/>: an existing account by that
/// e-mail gains the role; a missing one is created without a usable password, and its holder is sent a one-time link to
/// set one. The link leaves with the caller's save (it is put in the caller's outbox). Answers the user id.
/// </summary>
[AllowModuleCallers]
public sealed record EnsureStaffAccountCommand(string Email, string FullName, string Role) : ICommand<Guid>;
