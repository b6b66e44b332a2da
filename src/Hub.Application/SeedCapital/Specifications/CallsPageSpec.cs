using System.Linq.Expressions;
using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>
/// Calls, latest closing first, of one kind when given; projected to <see cref="CallSummaryRow"/> in the database, the
/// page and its total in one query. The evaluators column is read only when the caller is an evaluator.
/// </summary>
public sealed class CallsPageSpec : Specification<CallForProposals, CallSummaryRow>
{
    // Captures nothing, so it is built once: C# builds a lambda's expression tree anew each time it converts it.
    private static readonly Expression<Func<CallForProposals, CallSummaryRow>> NotEvaluatorRow = c => new CallSummaryRow(
        c.Id.Value, c.Title, c.Kind, c.Status, c.Budget.Amount, c.Budget.Currency, c.MaxGrant.Amount, c.MaxGrant.Currency, c.OpensAt, c.ClosesAt, false);

    public CallsPageSpec(CallKind? kind, PageRequest page, Guid? evaluatorUserId)
    {
        if (kind is { } wanted)
        {
            Query.Where(c => c.Kind == wanted);
        }

        Query.OrderByDescending(c => c.ClosesAt).ThenByDescending(c => c.Id).Page(page).AsNoTracking();
        if (evaluatorUserId is { } evaluator)
        {
            Query.Select(c => new CallSummaryRow(
                c.Id.Value, c.Title, c.Kind, c.Status, c.Budget.Amount, c.Budget.Currency, c.MaxGrant.Amount, c.MaxGrant.Currency, c.OpensAt, c.ClosesAt,
                c.Evaluators.Contains(evaluator)));
        }
        else
        {
            Query.Select(NotEvaluatorRow);
        }
    }
}
