using Hub.Api.Common.OpenApi;
using Hub.Domain.Mentoring.MatchingRuns;

namespace Hub.Api.Mentoring;

public sealed record MatchingRunCreatedResponse(Guid Id, [property: OpenApiEnum(typeof(MatchingRunStatus))] string Status);
