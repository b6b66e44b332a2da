using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.SeedCapital.Commands.ReportMilestone;
using Hub.Application.SeedCapital.Queries.GetGrant;
using Hub.Application.SeedCapital.Queries.ListGrants;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>A founder's grants with their tranches; the founder reports a milestone done with the jobs the venture created.</summary>
[Authorize(Roles = Roles.Founder)]
public sealed class MyGrantModel : HubPageModel
{
    public IReadOnlyList<SeedCapitalGrantDto> Grants { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var own = (await TryGetAsync(new ListGrantsQuery(null, new PageRequest(1, 20))))?.Items ?? [];
        var grants = new List<SeedCapitalGrantDto>();
        foreach (var summary in own)
        {
            if (await TryGetAsync(new GetGrantQuery(summary.Id)) is { } grant)
            {
                grants.Add(grant);
            }
        }

        Grants = grants;
    }

    public async Task<IActionResult> OnPostReportAsync(Guid grantId, int number, string? report, int jobsCreated)
    {
        // A number the browser let through but that is no whole number is refused here, never sent as 0.
        if (ModelState.IsValid && await TryAsync(ct => Sender.Send(new ReportMilestoneCommand(grantId, number, report ?? string.Empty, jobsCreated), ct).AsTask(), fieldPrefix: string.Empty))
        {
            return Done("/my-grant", MyGrantText.Sent);
        }

        await OnGetAsync();
        return Page();
    }
}
