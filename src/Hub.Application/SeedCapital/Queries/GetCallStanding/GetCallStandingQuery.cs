using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetCallStanding;

/// <summary>
/// Where a call's proposals stand, for the manager's call page: each proposal's evaluations and conflicts, and the
/// ranking; before the award the rule is applied to the evaluations as they are now (nothing is stored), after it the
/// stored ranking is shown.
/// </summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record GetCallStandingQuery(Guid CallId) : IQuery<SeedCapitalCallStandingDto>;
