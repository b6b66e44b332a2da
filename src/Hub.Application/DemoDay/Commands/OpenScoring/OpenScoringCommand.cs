using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Commands.OpenScoring;

[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record OpenScoringCommand(Guid DemoDayId, uint? ExpectedVersion = null) : ICommand;
