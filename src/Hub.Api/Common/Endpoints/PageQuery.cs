using System.ComponentModel;
using Hub.Application.Common.Paging;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Common.Endpoints;

/// <summary>The <c>page</c> and <c>pageSize</c> query parameters every list takes.</summary>
/// <remarks>
/// The attributes target the properties: <c>[AsParameters]</c> merges those on constructor parameters into an
/// <c>Attribute[]</c> that the OpenAPI generator cannot cast to <c>DescriptionAttribute[]</c>.
/// </remarks>
internal sealed record PageQuery(
    [property: FromQuery(Name = "page"), Description("The page, from 1 (default 1).")] int? Page,
    [property: FromQuery(Name = "pageSize"), Description("Items per page, 1–200 (default 50).")] int? PageSize)
{
    public PageRequest ToPageRequest() => new(Page ?? 1, PageSize ?? PageRequest.DefaultPageSize);
}
