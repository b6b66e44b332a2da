using Hub.Application.Common.Paging;

namespace Hub.Api.Common.Endpoints;

/// <summary>A page of a collection, as API.md gives it: <c>{items, page, pageSize, totalCount}</c>.</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public static ListResponse<T> From(PagedList<T> page) => new(page.Items, page.Page, page.PageSize, page.TotalCount);
}
