using Hub.Application.Applicants.Queries.ListApplications;
using Hub.Application.Common.Paging;
using Mediator;

namespace Hub.Api.Common.Web;

/// <summary>The venture names of an intake's applications, for staff pages of other modules that know applications by id only.</summary>
public static class ApplicationNames
{
    public static async Task<IReadOnlyDictionary<Guid, string>> OfIntakeAsync(ISender sender, Guid intakeId, CancellationToken cancellationToken) =>
        (await sender.Send(new ListApplicationsQuery(intakeId, null, new PageRequest(1, PageRequest.MaxPageSize)), cancellationToken)).Items
            .ToDictionary(a => a.Id, a => a.VentureName);
}
