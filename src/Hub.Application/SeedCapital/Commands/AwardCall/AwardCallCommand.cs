using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Hub.Application.SeedCapital.Queries.GetCallAward;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.AwardCall;

/// <summary>
/// Runs the award rule over the call's submitted proposals, once: the result is stored and grants are made. With
/// <paramref name="ExpectedStanding"/> (the <c>StandingFingerprint</c> of the ranking a manager was shown) the award is
/// refused as stale (409) when it would apply another ranking: evaluations do not change the call's version.
/// </summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record AwardCallCommand(Guid CallId, uint? ExpectedVersion = null, string? ExpectedStanding = null) : ICommand<SeedCapitalAwardDto>;
