using Hub.Api.Common.Web;
using Hub.Application.SeedCapital.Commands.DraftProposal;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>A founder drafts a proposal to an open call (DraftProposalCommand), then changes and submits it from its page.</summary>
[Authorize(Roles = Roles.Founder)]
public sealed class NewProposalModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid CallId { get; set; }

    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    public ProposalForm? Form { get; private set; }

    public async Task OnGetAsync()
    {
        Input.WithSpareRows();
        await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Guid? drafted = null;
        if (await TryGetAsync(new GetCallQuery(CallId)) is not { } call)
        {
            return Page();
        }

        if (await TryAsync(async ct => drafted = await Sender.Send(
                new DraftProposalCommand(CallId, Input.ApplicationId, string.IsNullOrWhiteSpace(Input.TeamName) ? null : Input.TeamName, Input.Money(call.MaxGrant.Currency),
                    Input.Summary, Input.FilledBudgetLines(), Input.FilledMilestones()), ct)))
        {
            return Done($"/seed-capital/proposals/{drafted}", SeedCapitalText.DraftSaved);
        }

        Input.WithSpareRows();
        await ShowAsync();
        return Page();
    }

    private async Task ShowAsync()
    {
        if (await TryGetAsync(new GetCallQuery(CallId)) is { } call)
        {
            var applications = await OwnAcceptedApplications.OfCurrentFounderAsync(Sender, Aborted);
            if (applications.Count == 0 && !call.AllowTeamsWithoutApplication)
            {
                ModelState.AddModelError(string.Empty, SeedCapitalText.NoAcceptedApplication.ToString());
            }

            Form = new ProposalForm(call, Input, applications, string.Empty);
        }
    }
}
