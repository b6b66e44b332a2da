namespace Hub.Application.SeedCapital.Commands.DraftProposal;

public sealed record MilestoneInput(string Title, DateOnly DueOn, decimal Amount);
