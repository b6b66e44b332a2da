using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Hub.Application.SeedCapital.Queries.GetCallAward;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.AwardCall;

/// <summary>Runs the award rule over the call's submitted proposals, once: the result is stored and grants are made.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record AwardCallCommand(Guid CallId, uint? ExpectedVersion = null) : ICommand<SeedCapitalAwardDto>;
