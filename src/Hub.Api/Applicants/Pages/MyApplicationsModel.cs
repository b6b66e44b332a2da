using Hub.Api.Common.Web;
using Hub.Application.Applicants.Queries.GetIntake;
using Hub.Application.Applicants.Queries.ListApplications;
using Hub.Application.Applicants.Queries.ListIntakes;
using Hub.Application.Common.Paging;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.Applicants.Pages;

/// <summary>A founder's start: the open intakes to apply to, and their own applications with their status.</summary>
[Authorize(Roles = Roles.Founder)]
public sealed class MyApplicationsModel : HubPageModel
{
    public IReadOnlyList<ApplicantsIntakeDto> OpenIntakes { get; private set; } = [];

    public IReadOnlyList<ApplicantsApplicationSummaryDto> Applications { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var intakes = await TryGetAsync(new ListIntakesQuery(new PageRequest(1, 20)));
        OpenIntakes = [.. intakes?.Items.Where(i => i.Status == nameof(IntakeStatus.Open)) ?? []];
        Applications = (await TryGetAsync(new ListApplicationsQuery(null, null, new PageRequest(1, 50))))?.Items ?? [];
    }
}
