using Hub.Api.Common.OpenApi;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Api.DemoDay;

public sealed record DemoDayStatusResponse(Guid Id, [property: OpenApiEnum(typeof(DemoDayStatus))] string Status);
