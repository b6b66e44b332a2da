using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Commands.GiveAward;

[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record GiveAwardCommand(Guid DemoDayId, string Category, Guid PitchId, uint? ExpectedVersion = null) : ICommand<Guid>;
