namespace Hub.Application.Common.Paging;

/// <summary>A page of a list: <see cref="Page"/> from 1, <see cref="PageSize"/> from 1 to 200.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Far enough for any list here, and low enough that the offset never overflows.</summary>
    public const int MaxPage = 1_000_000;

    public int Skip => (Page - 1) * PageSize;
}
