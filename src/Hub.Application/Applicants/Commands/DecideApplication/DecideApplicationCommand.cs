using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Applicants.Commands.DecideApplication;

[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record DecideApplicationCommand(Guid Id, string Decision, string Reason, uint? ExpectedVersion = null) : ICommand<string>;
