using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.DemoDay.Queries.ListDemoDays;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.DemoDay.Pages;

/// <summary>The Demo Days whose results are published, for everyone signed in (founders see only those anyway).</summary>
[Authorize]
public sealed class PublishedDemoDaysModel : HubPageModel
{
    public IReadOnlyList<DemoDaySummaryDto> Days { get; private set; } = [];

    public async Task OnGetAsync() =>
        Days = (await TryGetAsync(new ListDemoDaysQuery(new PageRequest(1, PageRequest.MaxPageSize))))?.Items.Where(d => d.Status == "Published").ToList() ?? [];
}
