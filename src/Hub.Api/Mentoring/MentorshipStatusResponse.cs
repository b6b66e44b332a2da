using Hub.Api.Common.OpenApi;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Api.Mentoring;

public sealed record MentorshipStatusResponse(Guid Id, [property: OpenApiEnum(typeof(MentorshipStatus))] string Status);
