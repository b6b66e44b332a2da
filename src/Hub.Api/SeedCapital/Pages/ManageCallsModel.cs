using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.SeedCapital;
using Hub.Application.SeedCapital.Commands.CreateCall;
using Hub.Application.SeedCapital.Queries.CountCallProposals;
using Hub.Application.SeedCapital.Queries.ListCalls;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>A manager's seed-capital calls, latest closing first, with their proposals counted; and a form to open the next with its weighted criteria.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class ManageCallsModel : HubPageModel
{
    [BindProperty]
    public CallInput Input { get; set; } = new();

    public IReadOnlyList<SeedCapitalCallSummaryDto> Calls { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> ProposalCounts { get; private set; } = new Dictionary<Guid, int>();

    public async Task OnGetAsync()
    {
        Calls = (await TryGetAsync(new ListCallsQuery(null, new PageRequest(1, PageRequest.MaxPageSize))))?.Items ?? [];

        // Every listed call's proposals counted in one grouped query.
        ProposalCounts = await TryGetAsync(new CountCallProposalsQuery([.. Calls.Select(c => c.Id)])) ?? new Dictionary<Guid, int>();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Rows left blank are not criteria; a half-filled row is sent, so the validator names what it lacks.
        var criteria = Input.Criteria
            .Where(c => !string.IsNullOrWhiteSpace(c.Name) || c.Weight is not null)
            .Select(c => new CallCriterionInput(c.Name ?? string.Empty, c.Weight ?? 0))
            .ToList();
        var command = new CreateCallCommand(
            Input.Title,
            Input.Kind,
            new MoneyInput(Input.Budget ?? 0, Input.Currency),
            new MoneyInput(Input.MaxGrant ?? 0, Input.Currency),
            Input.MinScore ?? 0,
            Input.OpensAt is { } opens ? ViewerTime.FromInput(opens, HttpContext) : default,
            Input.ClosesAt is { } closes ? ViewerTime.FromInput(closes, HttpContext) : default,
            Input.EvaluationDeadline is { } due ? ViewerTime.FromInput(due, HttpContext) : null,
            criteria,
            Input.AllowTeamsWithoutApplication);
        CreatedCall? created = null;
        if (ModelState.IsValid && await TryAsync(async ct => created = await Sender.Send(command, ct)))
        {
            return Done($"/manage/calls/{created!.Id}", ManageCallsText.CallOpened.With(Input.Title));
        }

        await OnGetAsync();
        return Page();
    }
}
