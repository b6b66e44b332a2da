using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Commands.AddPitch;

[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record AddPitchCommand(Guid DemoDayId, Guid ApplicationId, int Slot, DateTimeOffset? StartsAt, uint? ExpectedVersion = null) : ICommand<Guid>;
