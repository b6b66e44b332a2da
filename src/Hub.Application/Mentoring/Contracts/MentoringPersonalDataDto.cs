using Hub.Application.Mentoring.Queries.GetMentor;
using Hub.Application.Mentoring.Queries.GetMentorship;

namespace Hub.Application.Mentoring.Contracts;

/// <summary>Everything Mentoring holds about a person: as a mentee, as a mentor, and their mentorships with sessions and ratings.</summary>
public sealed record MentoringPersonalDataDto(
    IReadOnlyList<MentoringPersonalMenteeDto> MenteeRecords,
    MentoringMentorDto? MentorProfile,
    IReadOnlyList<MentoringMentorshipDto> Mentorships);
