using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.AppointEvaluator;

[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record AppointEvaluatorCommand(Guid CallId, Guid UserId, uint? ExpectedVersion = null) : ICommand<uint>;
