using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Application.SeedCapital.Queries.ListCallProposals;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>One call's submitted proposals, as its evaluator works through them.</summary>
[Authorize(Roles = Roles.Evaluator)]
public sealed class EvaluatorCallModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SeedCapitalCallDto? Call { get; private set; }

    public IReadOnlyList<SeedCapitalProposalSummaryDto> Proposals { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // The proposals first: they answer 404 to anyone who is not this call's evaluator.
        Proposals = (await TryGetAsync(new ListCallProposalsQuery(Id, new PageRequest(1, PageRequest.MaxPageSize))))?.Items ?? [];
        Call = ModelState.IsValid ? await TryGetAsync(new GetCallQuery(Id)) : null;
    }
}
