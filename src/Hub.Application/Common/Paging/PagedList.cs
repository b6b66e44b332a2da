namespace Hub.Application.Common.Paging;

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    /// <summary>The same page with each item mapped (e.g. rows read from the database to what the API shows).</summary>
    public PagedList<TResult> Map<TResult>(Func<T, TResult> map) => new([.. Items.Select(map)], Page, PageSize, TotalCount);
}
