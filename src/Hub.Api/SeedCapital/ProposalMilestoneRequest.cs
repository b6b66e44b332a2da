namespace Hub.Api.SeedCapital;

/// <summary>A milestone and the tranche (amount in the call's currency) paid when it is reported done and approved.</summary>
public sealed record ProposalMilestoneRequest(string Title, DateOnly DueOn, decimal Amount);
