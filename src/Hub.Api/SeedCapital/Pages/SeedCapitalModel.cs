using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.SeedCapital.Queries.ListCalls;
using Hub.Application.SeedCapital.Queries.ListMyProposals;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>A founder's seed capital: the calls taking proposals now (or soon) and their own proposals with status and grant.</summary>
[Authorize(Roles = Roles.Founder)]
public sealed class SeedCapitalModel : HubPageModel
{
    public IReadOnlyList<SeedCapitalCallSummaryDto> Calls { get; private set; } = [];

    public IReadOnlyList<SeedCapitalMyProposalDto> Proposals { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Proposals = await TryGetAsync(new ListMyProposalsQuery()) ?? [];
        var proposed = Proposals.Select(p => p.CallId).ToHashSet();
        var calls = (await TryGetAsync(new ListCallsQuery(null, new PageRequest(1, PageRequest.MaxPageSize))))?.Items ?? [];
        Calls = [.. calls.Where(c => c.Status is "Scheduled" or "Open" && !proposed.Contains(c.Id)).OrderBy(c => c.ClosesAt)];
    }
}
