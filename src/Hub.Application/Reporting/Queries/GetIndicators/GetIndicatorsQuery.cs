using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Reporting.Queries.GetIndicators;

/// <summary>The donor indicators for a period (both days included; by default the programme to date).</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.ReportsRead)]
public sealed record GetIndicatorsQuery(DateOnly? From, DateOnly? To) : IQuery<ReportingIndicatorsDto>;
