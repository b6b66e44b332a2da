namespace Hub.Domain.Mentoring.Matching;

/// <summary>What the score of one (application, mentor) pair depends on.</summary>
public sealed record CompatibilityInput(
    string Sector,
    IReadOnlyList<string> FounderLanguages,
    string FounderTimeZone,
    IReadOnlyList<string> MentorExpertise,
    IReadOnlyList<string> MentorLanguages,
    string MentorTimeZone,
    int MentorCapacity,
    int MentorLoad,
    bool ConflictDeclared,
    bool Forbidden);
