using Hub.Api.Common.OpenApi;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Api.Mentoring;

public sealed record SessionRequest(
    DateTimeOffset StartedAt, int DurationMinutes, [property: OpenApiEnum(typeof(SessionFormat))] string Format, string Topics, string? Actions);
