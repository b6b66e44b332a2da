namespace Hub.Infrastructure.Common.DemoData;

/// <summary>One of the hub's 32 curated (fictional) mentors, as in <c>DemoData/mentors.json</c>.</summary>
internal sealed record DemoMentor(
    string FullName, string Email, string Country, string TimeZone, IReadOnlyList<string> Languages, IReadOnlyList<string> Expertise, int Capacity, string Bio);
