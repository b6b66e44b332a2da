using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Queries.GetScoringProgress;

[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record GetScoringProgressQuery(Guid DemoDayId) : IQuery<DemoDayProgressDto>;
