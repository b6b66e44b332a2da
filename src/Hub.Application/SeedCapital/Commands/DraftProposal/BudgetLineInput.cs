namespace Hub.Application.SeedCapital.Commands.DraftProposal;

public sealed record BudgetLineInput(string Item, decimal Amount);
