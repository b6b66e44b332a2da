using Hub.Api.Common.Web;
using Hub.Application.SeedCapital.Queries.ListCalls;
using Hub.Application.SeedCapital.Queries.ListEvaluatedCalls;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>An evaluator's calls.</summary>
[Authorize(Roles = Roles.Evaluator)]
public sealed class EvaluatorCallsModel : HubPageModel
{
    public IReadOnlyList<SeedCapitalCallSummaryDto> Calls { get; private set; } = [];

    public async Task OnGetAsync() => Calls = await TryGetAsync(new ListEvaluatedCallsQuery()) ?? [];
}
