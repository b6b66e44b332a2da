namespace Hub.Application.Mentoring.Queries.GetMentor;

public sealed record MentoringMentorDto(
    Guid Id,
    Guid UserId,
    string FullName,
    string Email,
    string Country,
    string TimeZone,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Expertise,
    int Capacity,
    string Bio,
    bool Active,
    IReadOnlyList<MentoringConflictDto> Conflicts,
    uint Version);
