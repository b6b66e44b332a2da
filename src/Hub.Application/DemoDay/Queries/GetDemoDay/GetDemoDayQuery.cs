using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Queries.GetDemoDay;

/// <summary>Staff see every Demo Day, a judge the days they judge, everyone else (and partners) published ones.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Mentor, Roles.Judge, Roles.Evaluator, Roles.Trainer, Roles.Founder)]
[AllowScopes(PartnerScopes.DemoDaysRead)]
public sealed record GetDemoDayQuery(Guid Id) : IQuery<DemoDayDto>;
