using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.SeedCapital.Queries.ListCalls;
using Hub.Application.SeedCapital.Queries.ListGrants;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>Every grant, newest first, with what is paid out and still to pay; each opens to its tranches.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class ManageGrantsModel : HubPageModel
{
    public IReadOnlyList<SeedCapitalGrantSummaryDto> Grants { get; private set; } = [];

    public int TotalCount { get; private set; }

    /// <summary>The calls' titles, by id.</summary>
    public IReadOnlyDictionary<Guid, string> CallTitles { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync()
    {
        var page = await TryGetAsync(new ListGrantsQuery(null, new PageRequest(1, PageRequest.MaxPageSize)));
        Grants = page?.Items ?? [];
        TotalCount = page?.TotalCount ?? 0;
        CallTitles = ((await TryGetAsync(new ListCallsQuery(null, new PageRequest(1, PageRequest.MaxPageSize))))?.Items ?? [])
            .ToDictionary(c => c.Id, c => c.Title);
    }
}
