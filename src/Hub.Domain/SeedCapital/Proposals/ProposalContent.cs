namespace Hub.Domain.SeedCapital.Proposals;

/// <summary>What a proposal asks for and how it will spend it.</summary>
public sealed record ProposalContent(Money RequestedAmount, string Summary, IReadOnlyList<BudgetLine> BudgetLines, IReadOnlyList<Milestone> Milestones);
