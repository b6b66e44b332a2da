using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.DemoDay.Commands.ComputeResults;

[AllowSystemOnly]
public sealed record ComputeResultsCommand(Guid DemoDayId) : ICommand;
