using Hub.Application.Common.Security;
using Hub.Application.SeedCapital.Queries.ListCalls;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.ListEvaluatedCalls;

/// <summary>The calls the evaluator is appointed to, latest closing first: the web page "my calls".</summary>
[AllowRoles(Roles.Evaluator)]
public sealed record ListEvaluatedCallsQuery : IQuery<IReadOnlyList<SeedCapitalCallSummaryDto>>;
