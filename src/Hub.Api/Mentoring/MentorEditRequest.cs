using Hub.Api.Common.OpenApi;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Api.Mentoring;

/// <summary>A mentor's whole profile; <see cref="Active"/> (staff only) is left as it is when omitted.</summary>
public sealed record MentorEditRequest(
    string FullName,
    string Country,
    string TimeZone,
    [property: OpenApiEnum(FixedList.LanguageCodes)] IReadOnlyList<string>? Languages,
    [property: OpenApiEnum(typeof(ExpertiseSector))] IReadOnlyList<string>? Expertise,
    int Capacity,
    string? Bio,
    bool? Active);
