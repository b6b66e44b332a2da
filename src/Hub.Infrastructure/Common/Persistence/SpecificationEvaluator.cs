using System.Linq.Expressions;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>
/// Applies an Ardalis specification to an EF Core query. The library's own EF package is not available here, so
/// this is the one place that knows how specifications become SQL: criteria, ordering and paging come from the
/// library's evaluators; includes, tracking and projections are EF-specific and live here.
/// </summary>
internal static class SpecificationEvaluator
{
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ISpecification<T> specification, bool criteriaOnly = false)
        where T : class
    {
        query = WhereEvaluator.Instance.GetQuery(query, specification);
        if (criteriaOnly)
        {
            return query;
        }

        foreach (var include in specification.IncludeStrings)
        {
            query = query.Include(include);
        }

        if (specification.IncludeExpressions.Any())
        {
            throw new NotSupportedException("Include expressions are not supported here: use Include(string) or a projection.");
        }

        if (specification.IgnoreQueryFilters)
        {
            query = query.IgnoreQueryFilters();
        }

        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }
        else if (specification.AsNoTrackingWithIdentityResolution)
        {
            query = query.AsNoTrackingWithIdentityResolution();
        }

        if (specification.AsSplitQuery)
        {
            query = query.AsSplitQuery();
        }

        query = OrderEvaluator.Instance.GetQuery(query, specification);
        return PaginationEvaluator.Instance.GetQuery(query, specification);
    }

    public static IQueryable<TResult> Apply<T, TResult>(IQueryable<T> query, ISpecification<T, TResult> specification)
        where T : class
    {
        var filtered = Apply(query, (ISpecification<T>)specification);
        return specification.Selector is not null
            ? filtered.Select(specification.Selector)
            : specification.SelectorMany is not null
                ? filtered.SelectMany(specification.SelectorMany)
                : throw new InvalidOperationException($"{specification.GetType().Name} has no Select: a projecting specification needs one.");
    }

    /// <summary>
    /// The projection with the count of every row the criteria match beside each item: an uncorrelated scalar
    /// subquery, which PostgreSQL evaluates once, so a page and its total take one round trip.
    /// </summary>
    public static IQueryable<CountedRow<TResult>> ApplyCounted<T, TResult>(IQueryable<T> query, ISpecification<T, TResult> specification)
        where T : class
    {
        var selector = specification.Selector
            ?? throw new InvalidOperationException($"{specification.GetType().Name} has no Select: a counted page needs one.");
        var matching = Apply(query, specification, criteriaOnly: true);
        var count = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], matching.Expression);
        var row = Expression.Lambda<Func<T, CountedRow<TResult>>>(
            Expression.MemberInit(
                Expression.New(typeof(CountedRow<TResult>)),
                Expression.Bind(typeof(CountedRow<TResult>).GetProperty(nameof(CountedRow<TResult>.Item))!, selector.Body),
                Expression.Bind(typeof(CountedRow<TResult>).GetProperty(nameof(CountedRow<TResult>.Total))!, count)),
            selector.Parameters);
        return Apply(query, (ISpecification<T>)specification).Select(row);
    }
}
