namespace Hub.Domain.SeedCapital.Awards;

public sealed record AwardedAmount(Guid ProposalId, decimal Amount);
