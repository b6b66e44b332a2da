namespace Hub.Application.SeedCapital.Queries.ListGrants;

public sealed record SeedCapitalGrantSummaryDto(
    Guid Id, Guid CallId, Guid ProposalId, Guid FounderUserId, string VentureName, SeedCapitalMoneyDto Amount, SeedCapitalMoneyDto Released, int Tranches, DateTimeOffset AwardedAt);
