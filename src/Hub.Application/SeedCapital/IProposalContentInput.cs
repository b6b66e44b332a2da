using Hub.Application.SeedCapital.Commands.DraftProposal;

namespace Hub.Application.SeedCapital;

/// <summary>What a founder writes in a proposal, as drafted and as revised.</summary>
public interface IProposalContentInput
{
    MoneyInput RequestedAmount { get; }

    string Summary { get; }

    IReadOnlyList<BudgetLineInput>? BudgetLines { get; }

    IReadOnlyList<MilestoneInput>? Milestones { get; }
}
