using Hub.Api.Common.Web;
using Hub.Application.SeedCapital.Commands.ApproveTranche;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Application.SeedCapital.Queries.GetGrant;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>
/// One grant for a manager: paid out and still to pay, each tranche with the milestone report and the jobs created,
/// and the approval of a reported one. The approval carries the grant's version the manager saw, so a second
/// approval or one over a change meanwhile is refused.
/// </summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class ManageGrantModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SeedCapitalGrantDto? Grant { get; private set; }

    public SeedCapitalCallDto? Call { get; private set; }

    public async Task OnGetAsync()
    {
        Grant = await TryGetAsync(new GetGrantQuery(Id));
        Call = Grant is null ? null : await TryGetAsync(new GetCallQuery(Grant.CallId));
    }

    public async Task<IActionResult> OnPostApproveAsync(int number, uint version)
    {
        if (ModelState.IsValid && await TryAsync(ct => Sender.Send(new ApproveTrancheCommand(Id, number, version), ct).AsTask(), fieldPrefix: string.Empty))
        {
            return Done($"/manage/grants/{Id}", ManageCallsText.ApprovedDone.With(number));
        }

        await OnGetAsync();
        return Page();
    }
}
