using Hub.Api.Common.OpenApi;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Api.DemoDay;

/// <summary>Scoring closed; poll <c>GET …/results</c> until its status is Completed.</summary>
public sealed record ResultsQueuedResponse(Guid Id, [property: OpenApiEnum(typeof(ResultsStatus))] string Status);
