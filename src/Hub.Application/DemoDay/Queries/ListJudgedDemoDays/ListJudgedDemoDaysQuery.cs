using Hub.Application.Common.Security;
using Hub.Application.DemoDay.Queries.ListDemoDays;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Queries.ListJudgedDemoDays;

/// <summary>The judge's own Demo Days (scoring, closed or published), latest first: the web page "my Demo Day".</summary>
[AllowRoles(Roles.Judge, Roles.Mentor)]
public sealed record ListJudgedDemoDaysQuery : IQuery<IReadOnlyList<DemoDaySummaryDto>>;
