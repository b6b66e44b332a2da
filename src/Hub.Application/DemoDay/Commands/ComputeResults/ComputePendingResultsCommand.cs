using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.DemoDay.Commands.ComputeResults;

/// <summary>Results queued more than a minute ago (their job was lost) or left running by a crashed worker.</summary>
[AllowSystemOnly]
public sealed record ComputePendingResultsCommand : ICommand;
