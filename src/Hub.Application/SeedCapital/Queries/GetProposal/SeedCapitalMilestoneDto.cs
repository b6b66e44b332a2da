namespace Hub.Application.SeedCapital.Queries.GetProposal;

public sealed record SeedCapitalMilestoneDto(string Title, DateOnly DueOn, decimal Amount);
