using Hub.Application.Applicants.Queries.ListApplications;
using Hub.Application.Common.Paging;
using Mediator;

namespace Hub.Api.Common.Web;

/// <summary>The signed-in founder's accepted applications (id → venture), for a founder's page of another module that builds on one.</summary>
public static class OwnAcceptedApplications
{
    public static async Task<IReadOnlyDictionary<Guid, string>> OfCurrentFounderAsync(ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new ListApplicationsQuery(null, "Accepted", new PageRequest(1, PageRequest.MaxPageSize)), cancellationToken)).Items
            .ToDictionary(a => a.Id, a => a.VentureName);
}
