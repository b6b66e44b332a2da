using Hub.Application.Applicants.Queries.ListIntakes;
using Hub.Application.Common.Paging;
using Mediator;

namespace Hub.Api.Common.Web;

/// <summary>
/// The intakes to pick from on a staff page of another module (matching, Demo Day): pages compose modules the way
/// the host does, so this lookup lives here and sends Applicants' own public query, as the API would.
/// </summary>
public static class IntakeOptions
{
    public static async Task<IReadOnlyList<IntakeOption>> ListAsync(ISender sender, CancellationToken cancellationToken) =>
        [.. (await sender.Send(new ListIntakesQuery(new PageRequest(1, 50)), cancellationToken)).Items.Select(i => new IntakeOption(i.Id, i.Name, i.Status))];
}
