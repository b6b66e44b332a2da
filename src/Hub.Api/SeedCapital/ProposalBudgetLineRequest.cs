namespace Hub.Api.SeedCapital;

public sealed record ProposalBudgetLineRequest(string Item, decimal Amount);
