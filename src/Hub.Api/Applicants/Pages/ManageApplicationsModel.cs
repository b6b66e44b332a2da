using Hub.Api.Common.Web;
using Hub.Application.Applicants.Commands.DecideApplication;
using Hub.Application.Applicants.Queries.ListApplications;
using Hub.Application.Common.Paging;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Applicants.Pages;

/// <summary>A manager's applications: filtered by intake and status, decided in bulk (one DecideApplicationCommand each, so each is checked alone).</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class ManageApplicationsModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? IntakeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    [BindProperty]
    public string Decision { get; set; } = string.Empty;

    [BindProperty]
    public string Reason { get; set; } = string.Empty;

    public IReadOnlyList<IntakeOption> Intakes { get; private set; } = [];

    public IReadOnlyList<ApplicantsApplicationSummaryDto> Applications { get; private set; } = [];

    public int TotalCount { get; private set; }

    public async Task OnGetAsync()
    {
        Intakes = await IntakeOptions.ListAsync(Sender, Aborted);
        var page = await TryGetAsync(new ListApplicationsQuery(IntakeId, string.IsNullOrEmpty(Status) ? null : Status, new PageRequest(1, PageRequest.MaxPageSize)));
        Applications = page?.Items ?? [];
        TotalCount = page?.TotalCount ?? 0;
    }

    public async Task<IActionResult> OnPostDecideAsync()
    {
        if (Selected.Count == 0)
        {
            ModelState.AddModelError(string.Empty, ApplicantsText.NoneSelected.ToString());
        }

        var decided = 0;
        foreach (var id in Selected)
        {
            if (await TryAsync(ct => Sender.Send(new DecideApplicationCommand(id, Decision, Reason), ct).AsTask(), fieldPrefix: string.Empty))
            {
                decided++;
            }
        }

        if (ModelState.IsValid)
        {
            return Done($"/manage/applications?intakeId={IntakeId}&status={Uri.EscapeDataString(Status ?? string.Empty)}", ApplicantsText.Decided.With(decided));
        }

        await OnGetAsync();
        return Page();
    }
}
