namespace Hub.Application.Mentoring.Contracts;

public sealed record MentoringPersonalMenteeDto(
    Guid ApplicationId, Guid IntakeId, string FounderFullName, string VentureName, string Sector, IReadOnlyList<string> Languages, string TimeZone, DateTimeOffset AcceptedAt);
