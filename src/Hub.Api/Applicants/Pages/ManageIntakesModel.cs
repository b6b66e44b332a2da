using Hub.Api.Common.Web;
using Hub.Application.Applicants.Commands.ScheduleIntake;
using Hub.Application.Applicants.Queries.GetIntake;
using Hub.Application.Applicants.Queries.ListIntakes;
using Hub.Application.Common.Paging;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Applicants.Pages;

/// <summary>A manager's intakes: each with its status, window and seats, linked to its applications; and a form to schedule the next.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class ManageIntakesModel : HubPageModel
{
    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    public IReadOnlyList<ApplicantsIntakeDto> Intakes { get; private set; } = [];

    public int TotalCount { get; private set; }

    public async Task OnGetAsync()
    {
        var page = await TryGetAsync(new ListIntakesQuery(new PageRequest(1, PageRequest.MaxPageSize)));
        Intakes = page?.Items ?? [];
        TotalCount = page?.TotalCount ?? 0;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // An empty time field stays empty (default) so the command's validator names it, beside the field.
        var opensAt = Input.OpensAt is { } opens ? ViewerTime.FromInput(opens, HttpContext) : default;
        var closesAt = Input.ClosesAt is { } closes ? ViewerTime.FromInput(closes, HttpContext) : default;
        if (ModelState.IsValid && await TryAsync(ct => Sender.Send(new ScheduleIntakeCommand(Input.Name, opensAt, closesAt, Input.Capacity ?? 0), ct).AsTask()))
        {
            return Done("/manage/intakes", ApplicantsText.IntakeScheduled.With(Input.Name));
        }

        await OnGetAsync();
        return Page();
    }
}
