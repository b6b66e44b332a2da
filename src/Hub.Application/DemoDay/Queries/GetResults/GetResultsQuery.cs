using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Queries.GetResults;

/// <summary>Staff read results once computed; everyone else (and partners) once published.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Mentor, Roles.Judge, Roles.Evaluator, Roles.Trainer, Roles.Founder)]
[AllowScopes(PartnerScopes.DemoDaysRead)]
public sealed record GetResultsQuery(Guid DemoDayId, string? Method) : IQuery<DemoDayResultsDto>;
