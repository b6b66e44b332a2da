using Hub.Api.Common.Web;
using Hub.Application.DemoDay.Queries.ListDemoDays;
using Hub.Application.DemoDay.Queries.ListJudgedDemoDays;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.DemoDay.Pages;

/// <summary>A judge's Demo Days.</summary>
[Authorize(Roles = $"{Roles.Judge},{Roles.Mentor}")]
public sealed class JudgingModel : HubPageModel
{
    public IReadOnlyList<DemoDaySummaryDto> Days { get; private set; } = [];

    public async Task OnGetAsync() => Days = await TryGetAsync(new ListJudgedDemoDaysQuery()) ?? [];
}
