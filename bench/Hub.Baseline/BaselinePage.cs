namespace Hub.Baseline;

/// <summary>The hub's list shape: <c>{items, page, pageSize, totalCount}</c>.</summary>
internal sealed record BaselinePage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);
