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
}
