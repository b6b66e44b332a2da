using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Commands.PublishMatchingRun;

/// <summary>Proposes each of a completed run's assignments to its mentor as a mentorship; answers their ids.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record PublishMatchingRunCommand(Guid Id) : ICommand<IReadOnlyList<Guid>>;
