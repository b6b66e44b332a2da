namespace Hub.Application.SeedCapital.Queries.GetProposal;

public sealed record SeedCapitalBudgetLineDto(string Item, decimal Amount);
