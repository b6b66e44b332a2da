namespace Hub.Application.SeedCapital.Contracts;

public sealed record CallAwardedGrant(Guid ProposalId, int Rank, decimal Amount);
