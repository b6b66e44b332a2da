namespace Hub.Application.Common.Paging;

/// <summary>One page of a list already in memory (an aggregate's own collection).</summary>
internal static class InMemoryPage
{
    public static PagedList<TResult> Of<T, TResult>(IReadOnlyList<T> all, PageRequest page, Func<T, TResult> map) =>
        new([.. all.Skip(page.Skip).Take(page.PageSize).Select(map)], page.Page, page.PageSize, all.Count);
}
