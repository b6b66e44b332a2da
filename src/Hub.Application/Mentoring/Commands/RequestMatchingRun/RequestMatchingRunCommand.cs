using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Commands.RequestMatchingRun;

/// <summary>Queues a matching run of an intake's open accepted applications; computed by a background job.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record RequestMatchingRunCommand(Guid IntakeId, IReadOnlyList<PairDetails> Pins, IReadOnlyList<PairDetails> Forbids) : ICommand<Guid>;
