using Hub.Api.Common.OpenApi;
using Hub.Application.DemoDay.Queries.GetDemoDay;
using Hub.Application.DemoDay.Queries.GetResults;
using Hub.Application.DemoDay.Queries.ListDemoDays;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Api.DemoDay;

/// <summary>The DemoDay DTOs' strings that come from a fixed list, as enums in the OpenAPI document.</summary>
internal sealed class DemoDayOpenApiEnums : IOpenApiEnumCatalog
{
    public static IEnumerable<OpenApiEnumProperty> Properties =>
    [
        OpenApiEnumProperty.For<DemoDayDto>(nameof(DemoDayDto.Status), OpenApiEnum.Of<DemoDayStatus>()),
        OpenApiEnumProperty.For<DemoDayDto>(nameof(DemoDayDto.ResultsStatus), OpenApiEnum.Of<ResultsStatus>()),
        OpenApiEnumProperty.For<DemoDaySummaryDto>(nameof(DemoDaySummaryDto.Status), OpenApiEnum.Of<DemoDayStatus>()),
        OpenApiEnumProperty.For<DemoDayResultsDto>(nameof(DemoDayResultsDto.Status), OpenApiEnum.Of<ResultsStatus>()),
        OpenApiEnumProperty.For<DemoDayResultsDto>(nameof(DemoDayResultsDto.Method), new OpenApiEnum("RankingMethodName", RankingMethodNames.All)),
    ];
}
