namespace Hub.Application.Applicants.Contracts;

/// <summary>An accepted application as other modules see it.</summary>
public sealed record ApplicantsAcceptedApplicationDto(
    Guid ApplicationId,
    Guid IntakeId,
    Guid FounderUserId,
    string FounderFullName,
    string FounderGender,
    string VentureName,
    string Sector,
    IReadOnlyList<string> Languages,
    DateTimeOffset AcceptedAt);
