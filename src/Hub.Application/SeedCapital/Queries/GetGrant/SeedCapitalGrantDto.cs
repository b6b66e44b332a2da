namespace Hub.Application.SeedCapital.Queries.GetGrant;

/// <summary>A grant agreement: its tranches, what was paid, and every change with who and when.</summary>
public sealed record SeedCapitalGrantDto(
    Guid Id,
    Guid CallId,
    Guid ProposalId,
    Guid FounderUserId,
    string VentureName,
    SeedCapitalMoneyDto Amount,
    SeedCapitalMoneyDto Released,
    DateTimeOffset AwardedAt,
    IReadOnlyList<SeedCapitalTrancheDto> Tranches,
    IReadOnlyList<SeedCapitalAuditEntryDto> AuditTrail,
    uint Version);
