using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.ListCalls;

/// <summary>Calls, latest closing first, optionally of one kind.</summary>
[AllowAnyPerson]
[AllowScopes(PartnerScopes.CallsRead)]
public sealed record ListCallsQuery(string? Kind, PageRequest Page) : IQuery<PagedList<SeedCapitalCallSummaryDto>>;
