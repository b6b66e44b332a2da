using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Commands.CloseDemoDay;

/// <summary>Ends scoring and queues the results; a second close is a 409.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record CloseDemoDayCommand(Guid DemoDayId, uint? ExpectedVersion = null) : ICommand<string>;
