namespace Hub.Application.SeedCapital.Queries.GetCallAward;

/// <summary>A funded proposal and its grant's amount, in the call's currency.</summary>
public sealed record SeedCapitalAwardedDto(Guid ProposalId, decimal Amount, string Currency);
