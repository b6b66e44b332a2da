using Ardalis.Specification;
using Hub.Application.Common.Persistence;
using Hub.Domain.Common;

namespace Hub.Application.Common.Paging;

/// <summary>
/// One page and the total count from one specification: the repository counts with its criteria only, so the
/// specification that orders and pages (<see cref="PagingSpecificationExtensions.Page{T}"/>) serves both. A projected
/// page comes with its count in the same query; an empty page past the end is counted apart.
/// </summary>
internal static class PagedListRepositoryExtensions
{
    /// <summary>For a specification that projects to the items in the database: one round trip unless the page is empty.</summary>
    public static async Task<PagedList<TResult>> ListPageAsync<T, TResult>(
        this IReadRepository<T> repository, ISpecification<T, TResult> specification, PageRequest page, CancellationToken cancellationToken)
        where T : class, IAggregateRoot
    {
        EnsurePaged(specification, page);
        var (items, total) = await repository.ListCountedAsync(specification, cancellationToken);
        return new PagedList<TResult>(items, page.Page, page.PageSize, total ?? await TotalAsync(repository, specification, page, items.Count, cancellationToken));
    }

    /// <summary>For a specification that loads entities, mapped in memory (e.g. with the current time).</summary>
    public static async Task<PagedList<TResult>> ListPageAsync<T, TResult>(
        this IReadRepository<T> repository, ISpecification<T> specification, PageRequest page, Func<T, TResult> map, CancellationToken cancellationToken)
        where T : class, IAggregateRoot
    {
        EnsurePaged(specification, page);
        var entities = await repository.ListAsync(specification, cancellationToken);
        return new PagedList<TResult>([.. entities.Select(map)], page.Page, page.PageSize, await TotalAsync(repository, specification, page, entities.Count, cancellationToken));
    }

    // A short page that is not past the end is the last one, so the total is known without counting.
    private static async Task<int> TotalAsync<T>(IReadRepository<T> repository, ISpecification<T> specification, PageRequest page, int itemCount, CancellationToken cancellationToken)
        where T : class, IAggregateRoot =>
        itemCount < page.PageSize && (itemCount > 0 || page.Page == 1)
            ? page.Skip + itemCount
            : await repository.CountAsync(specification, cancellationToken);

    private static void EnsurePaged<T>(ISpecification<T> specification, PageRequest page)
    {
        if (specification.Skip != page.Skip || specification.Take != page.PageSize)
        {
            throw new InvalidOperationException($"{specification.GetType().Name} must take the page it is listed for: end its query with .Page(page).");
        }
    }
}
