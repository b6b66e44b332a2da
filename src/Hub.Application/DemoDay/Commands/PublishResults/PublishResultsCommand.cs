using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Commands.PublishResults;

/// <summary>Makes completed results public, tells the pitching founders and the other modules.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record PublishResultsCommand(Guid DemoDayId, uint? ExpectedVersion = null) : ICommand<string>;
