using Hub.Application.Common.Paging;

namespace Hub.Api.Common.Endpoints;

/// <summary>The <c>page</c> and <c>pageSize</c> query parameters every list takes.</summary>
internal sealed record PageQuery(int? Page, int? PageSize)
{
    public PageRequest ToPageRequest() => new(Page ?? 1, PageSize ?? PageRequest.DefaultPageSize);
}
