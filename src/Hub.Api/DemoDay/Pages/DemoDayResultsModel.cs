using Hub.Api.Common.Web;
using Hub.Application.DemoDay.Queries.GetDemoDay;
using Hub.Application.DemoDay.Queries.GetResults;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.DemoDay.Pages;

/// <summary>A Demo Day's published ranking and awards; a founder's own venture is marked.</summary>
[Authorize]
public sealed class DemoDayResultsModel : HubPageModel
{
    public DemoDayDto? Day { get; private set; }

    public DemoDayResultsDto? Results { get; private set; }

    public IReadOnlySet<Guid> OwnApplications { get; private set; } = new HashSet<Guid>();

    public async Task OnGetAsync(Guid id)
    {
        Day = await TryGetAsync(new GetDemoDayQuery(id));
        Results = Day is null ? null : await TryGetAsync(new GetResultsQuery(id, null));
        if (User.IsInRole(Roles.Founder))
        {
            OwnApplications = (await OwnAcceptedApplications.OfCurrentFounderAsync(Sender, Aborted)).Keys.ToHashSet();
        }
    }
}
