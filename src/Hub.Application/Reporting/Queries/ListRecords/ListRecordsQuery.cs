using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Reporting.Queries.ListRecords;

/// <summary>One of <see cref="ReportingLists"/> for a period, with the anonymous attributes of each row's founder.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.ReportsRead)]
public sealed record ListRecordsQuery(string List, DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<ReportingRecordDto>>;
