using Ardalis.Specification;

namespace Hub.Application.Common.Paging;

internal static class PagingSpecificationExtensions
{
    /// <summary>
    /// Takes one page. Order by something unique last (e.g. <c>ThenByDescending(x =&gt; x.Id)</c>): with ties in the
    /// order, rows may move between pages, and a page then repeats or skips them.
    /// </summary>
    public static ISpecificationBuilder<T> Page<T>(this ISpecificationBuilder<T> query, PageRequest page) =>
        query.Skip(page.Skip).Take(page.PageSize);
}
