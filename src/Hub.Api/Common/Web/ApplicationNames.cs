using Hub.Application.Applicants.Queries.ListApplications;
using Hub.Application.Common.Paging;
using Mediator;

namespace Hub.Api.Common.Web;

/// <summary>The venture names of applications, for staff pages of other modules that know applications by id only.</summary>
public static class ApplicationNames
{
    /// <summary>Every application of an intake.</summary>
    public static Task<IReadOnlyDictionary<Guid, string>> OfIntakeAsync(ISender sender, Guid intakeId, CancellationToken cancellationToken) =>
        ListAsync(sender, intakeId, null, cancellationToken);

    /// <summary>The accepted applications of every intake, newest first (the ventures that may pitch at a Demo Day).</summary>
    public static Task<IReadOnlyDictionary<Guid, string>> AcceptedAsync(ISender sender, CancellationToken cancellationToken) =>
        ListAsync(sender, null, "Accepted", cancellationToken);

    private static async Task<IReadOnlyDictionary<Guid, string>> ListAsync(ISender sender, Guid? intakeId, string? status, CancellationToken cancellationToken) =>
        (await sender.Send(new ListApplicationsQuery(intakeId, status, new PageRequest(1, PageRequest.MaxPageSize)), cancellationToken)).Items
            .ToDictionary(a => a.Id, a => a.VentureName);
}
