namespace Hub.Application.Mentoring.Commands;

/// <summary>A mentor's profile as sent on registering and editing.</summary>
public sealed record MentorDetails(
    string FullName, string Country, string TimeZone, IReadOnlyList<string> Languages, IReadOnlyList<string> Expertise, int Capacity, string? Bio);
