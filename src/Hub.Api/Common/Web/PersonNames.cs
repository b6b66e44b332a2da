using Hub.Application.Common.Exceptions;
using Hub.Application.Identity.Queries.GetUser;
using Mediator;

namespace Hub.Api.Common.Web;

/// <summary>The names of a few people known by user id (Identity's GetUserQuery, managers only), for staff pages of other modules; an erased account is left out.</summary>
public static class PersonNames
{
    public static async Task<IReadOnlyList<KeyValuePair<Guid, string>>> OfAsync(ISender sender, IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var names = new List<KeyValuePair<Guid, string>>();
        foreach (var userId in userIds.Distinct())
        {
            try
            {
                var person = await sender.Send(new GetUserQuery(userId), cancellationToken);
                names.Add(KeyValuePair.Create(person.Id, person.FullName));
            }
            catch (NotFoundException)
            {
                // Gone: nothing to name.
            }
        }

        return [.. names.OrderBy(n => n.Value, StringComparer.CurrentCulture)];
    }
}
