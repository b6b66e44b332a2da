namespace Hub.Application.Applicants.Queries.ListApplications;

public sealed record ApplicantsApplicationSummaryDto(
    Guid Id,
    Guid IntakeId,
    Guid FounderUserId,
    string FounderName,
    string VentureName,
    string Sector,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt);
