using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Mentoring.Commands.ComputeMatchingRun;

/// <summary>Scores every candidate pair of a queued run and solves the assignment; the background job sends it.</summary>
[AllowSystemOnly]
public sealed record ComputeMatchingRunCommand(Guid RunId) : ICommand;
