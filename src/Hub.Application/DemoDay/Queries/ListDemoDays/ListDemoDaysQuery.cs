using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Queries.ListDemoDays;

/// <summary>Demo Days, latest first: all of them for staff, the published ones for everyone else.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Mentor, Roles.Judge, Roles.Evaluator, Roles.Trainer, Roles.Founder)]
[AllowScopes(PartnerScopes.DemoDaysRead)]
public sealed record ListDemoDaysQuery(PageRequest Page) : IQuery<PagedList<DemoDaySummaryDto>>;
