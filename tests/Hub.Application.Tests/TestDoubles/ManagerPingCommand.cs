using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Tests.TestDoubles;

[AllowRoles(Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.ApplicationsWrite)]
internal sealed record ManagerPingCommand(string Text) : ICommand<string>;
