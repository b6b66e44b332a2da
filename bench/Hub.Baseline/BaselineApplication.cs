namespace Hub.Baseline;

internal sealed record BaselineApplication(
    Guid Id, Guid IntakeId, Guid FounderUserId, string FounderName, string VentureName, string Sector, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt);
