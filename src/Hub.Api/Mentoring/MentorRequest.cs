using Hub.Api.Common.OpenApi;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Api.Mentoring;

/// <summary>A new mentor: their account (by e-mail) gets the Mentor role, or is created with a set-password link.</summary>
public sealed record MentorRequest(
    string FullName,
    string Email,
    string Country,
    string TimeZone,
    [property: OpenApiEnum(FixedList.LanguageCodes)] IReadOnlyList<string>? Languages,
    [property: OpenApiEnum(typeof(ExpertiseSector))] IReadOnlyList<string>? Expertise,
    int Capacity,
    string? Bio);
