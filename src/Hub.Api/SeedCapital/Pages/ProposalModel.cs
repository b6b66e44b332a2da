using Hub.Api.Common.Web;
using Hub.Application.SeedCapital.Commands.ReviseProposal;
using Hub.Application.SeedCapital.Commands.SubmitProposal;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Application.SeedCapital.Queries.GetGrant;
using Hub.Application.SeedCapital.Queries.GetProposal;
using Hub.Application.SeedCapital.Queries.ListMyProposals;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>
/// A founder's proposal: while a draft of an open call, the form to change it and the button to submit it; once the
/// call is awarded, whether it was funded, and the grant with its tranches.
/// </summary>
[Authorize(Roles = Roles.Founder)]
public sealed class ProposalModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    public SeedCapitalProposalDto? Proposal { get; private set; }

    public SeedCapitalMyProposalDto? Summary { get; private set; }

    public SeedCapitalCallDto? Call { get; private set; }

    public SeedCapitalGrantDto? Grant { get; private set; }

    /// <summary>The form, shown while the proposal is a draft of a call that still takes proposals.</summary>
    public ProposalForm? Form { get; private set; }

    public async Task OnGetAsync() => await ShowAsync(keepInput: false);

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (await TryGetAsync(new GetProposalQuery(Id)) is { } proposal
            && await TryGetAsync(new GetCallQuery(proposal.CallId)) is { } call
            && await TryAsync(ct => Sender.Send(
                new ReviseProposalCommand(Id, Input.Money(call.MaxGrant.Currency), Input.Summary, Input.FilledBudgetLines(), Input.FilledMilestones(), Input.Version), ct).AsTask()))
        {
            return Done($"/seed-capital/proposals/{Id}", SeedCapitalText.DraftSaved);
        }

        await ShowAsync(keepInput: true);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync()
    {
        if (await TryAsync(ct => Sender.Send(new SubmitProposalCommand(Id), ct).AsTask(), fieldPrefix: string.Empty))
        {
            return Done($"/seed-capital/proposals/{Id}", SeedCapitalText.Submitted);
        }

        await ShowAsync(keepInput: false);
        return Page();
    }

    private async Task ShowAsync(bool keepInput)
    {
        Proposal = await TryGetAsync(new GetProposalQuery(Id));
        if (Proposal is null)
        {
            return;
        }

        Summary = (await TryGetAsync(new ListMyProposalsQuery()))?.FirstOrDefault(p => p.Id == Id);
        Call = await TryGetAsync(new GetCallQuery(Proposal.CallId));
        if (Summary?.GrantId is { } grantId)
        {
            Grant = await TryGetAsync(new GetGrantQuery(grantId));
        }

        if (Proposal.Status == "Draft" && Call is { Status: "Open" or "Scheduled" } && Summary is not null)
        {
            var input = keepInput ? Input : ProposalInput.Of(Proposal, Summary.Version);
            Form = new ProposalForm(Call, input.WithSpareRows(), null, "Save");
        }
    }
}
