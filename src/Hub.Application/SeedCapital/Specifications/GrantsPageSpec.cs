using System.Linq.Expressions;
using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>
/// Grants newest first, of one call and of one founder when given; projected to <see cref="GrantSummaryRow"/> in the
/// database, the page and its total in one query.
/// </summary>
public sealed class GrantsPageSpec : Specification<Grant, GrantSummaryRow>
{
    // Captures nothing, so it is built once: C# builds a lambda's expression tree anew each time it converts it.
    private static readonly Expression<Func<Grant, GrantSummaryRow>> Row = g => new GrantSummaryRow(
        g.Id.Value, g.CallId.Value, g.ProposalId.Value, g.FounderUserId, g.VentureName, g.Amount.Amount, g.Amount.Currency,
        g.Tranches.Where(t => t.Status == TrancheStatus.Released).Sum(t => t.Amount), g.Tranches.Count, g.AwardedAt);

    public GrantsPageSpec(CallId? callId, Guid? founderUserId, PageRequest page)
    {
        if (callId is { } call)
        {
            Query.Where(g => g.CallId == call);
        }

        if (founderUserId is { } founder)
        {
            Query.Where(g => g.FounderUserId == founder);
        }

        Query.OrderByDescending(g => g.AwardedAt).ThenByDescending(g => g.Id).Page(page).AsNoTracking();
        Query.Select(Row);
    }
}
