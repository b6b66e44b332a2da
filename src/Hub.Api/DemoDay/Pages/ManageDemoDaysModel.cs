using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.DemoDay.Commands.PlanDemoDay;
using Hub.Application.DemoDay.Queries.ListDemoDays;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.DemoDay.Pages;

/// <summary>A manager's Demo Days, latest first, and a form to plan the next: date, venue, scale and weighted criteria.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class ManageDemoDaysModel : HubPageModel
{
    [BindProperty]
    public DemoDayPlanInput Input { get; set; } = new();

    public IReadOnlyList<DemoDaySummaryDto> Days { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var page = await TryGetAsync(new ListDemoDaysQuery(new PageRequest(1, PageRequest.MaxPageSize)));
        Days = page?.Items ?? [];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Rows the manager left blank are not criteria; a half-filled row is sent, so the validator names what it lacks.
        var criteria = Input.Criteria
            .Where(c => !string.IsNullOrWhiteSpace(c.Name) || c.Weight is not null)
            .Select(c => new CriterionDetails(c.Name ?? string.Empty, c.Weight ?? 0))
            .ToList();
        var command = new PlanDemoDayCommand(Input.Name, Input.HeldOn ?? default, string.IsNullOrWhiteSpace(Input.Venue) ? null : Input.Venue,
            Input.ScaleMin ?? 0, Input.ScaleMax ?? 0, criteria);
        if (ModelState.IsValid && await TryAsync(ct => Sender.Send(command, ct).AsTask()))
        {
            return Done("/manage/demo-days", DemoDayText.Planned.With(Input.Name));
        }

        await OnGetAsync();
        return Page();
    }
}
