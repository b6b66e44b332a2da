namespace Hub.Application.Applicants.Queries.GetApplication;

public sealed record ApplicantsApplicationDto(
    Guid Id,
    Guid IntakeId,
    Guid FounderUserId,
    string VentureName,
    string Sector,
    string Description,
    ApplicantsFounderDto Founder,
    IReadOnlyList<ApplicantsTeamMemberDto> TeamMembers,
    string Status,
    ApplicantsDecisionDto? Decision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? WithdrawnAt,
    uint Version);
