using Hub.Application.SeedCapital.Specifications;

namespace Hub.Application.SeedCapital.Queries.ListGrants;

public sealed record SeedCapitalGrantSummaryDto(
    Guid Id, Guid CallId, Guid ProposalId, Guid FounderUserId, string VentureName, SeedCapitalMoneyDto Amount, SeedCapitalMoneyDto Released, int Tranches, DateTimeOffset AwardedAt)
{
    /// <summary>Both sums as <c>Money</c> writes them (two decimals), in the grant's currency.</summary>
    public static SeedCapitalGrantSummaryDto Of(GrantSummaryRow grant) =>
        new(grant.Id, grant.CallId, grant.ProposalId, grant.FounderUserId, grant.VentureName, SeedCapitalMoneyDto.From(grant.Amount, grant.Currency),
            SeedCapitalMoneyDto.From(grant.Released, grant.Currency), grant.Tranches, grant.AwardedAt);
}
