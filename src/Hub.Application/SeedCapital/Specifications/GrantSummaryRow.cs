using Hub.Domain.SeedCapital;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>
/// A grant as the list shows it: its own columns, the released sum and the number of tranches computed in the database
/// (the tranches themselves, an owned collection, and the audit trail are not read).
/// </summary>
public sealed record GrantSummaryRow(
    Guid Id, Guid CallId, Guid ProposalId, Guid FounderUserId, string VentureName, decimal Amount, Currency Currency, decimal Released, int Tranches,
    DateTimeOffset AwardedAt);
