using Hub.Application.SeedCapital;
using Hub.Application.SeedCapital.Commands.DraftProposal;
using Hub.Application.SeedCapital.Queries.GetProposal;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>The proposal form: the fields of DraftProposalCommand and ReviseProposalCommand, named alike so their errors land beside them.</summary>
public sealed class ProposalInput
{
    /// <summary>Blank lines the form offers beyond those filled, so a line can be added without JavaScript.</summary>
    public const int SpareRows = 2;

    public Guid? ApplicationId { get; set; }

    public string? TeamName { get; set; }

    public decimal? RequestedAmount { get; set; }

    public string Summary { get; set; } = string.Empty;

    public List<BudgetLineRow> BudgetLines { get; set; } = [];

    public List<MilestoneRow> Milestones { get; set; } = [];

    public uint? Version { get; set; }

    public static ProposalInput Of(SeedCapitalProposalDto proposal, uint version) => new()
    {
        ApplicationId = proposal.ApplicationId,
        RequestedAmount = proposal.RequestedAmount.Amount,
        Summary = proposal.Summary,
        BudgetLines = [.. proposal.BudgetLines.Select(l => new BudgetLineRow { Item = l.Item, Amount = l.Amount })],
        Milestones = [.. proposal.Milestones.Select(m => new MilestoneRow { Title = m.Title, DueOn = m.DueOn, Amount = m.Amount })],
        Version = version,
    };

    public MoneyInput Money(string currency) => new(RequestedAmount ?? 0, currency);

    /// <summary>The lines filled in; wholly blank ones are left out.</summary>
    public IReadOnlyList<BudgetLineInput> FilledBudgetLines() =>
        [.. BudgetLines.Where(IsFilled).Select(l => new BudgetLineInput(l.Item?.Trim() ?? string.Empty, l.Amount ?? 0))];

    public IReadOnlyList<MilestoneInput> FilledMilestones() =>
        [.. Milestones.Where(IsFilled).Select(m => new MilestoneInput(m.Title?.Trim() ?? string.Empty, m.DueOn ?? default, m.Amount ?? 0))];

    /// <summary>Adds the spare blank lines the form shows.</summary>
    public ProposalInput WithSpareRows()
    {
        BudgetLines = [.. BudgetLines.Where(IsFilled), .. Enumerable.Range(0, SpareRows).Select(_ => new BudgetLineRow())];
        Milestones = [.. Milestones.Where(IsFilled), .. Enumerable.Range(0, SpareRows).Select(_ => new MilestoneRow())];
        return this;
    }

    private static bool IsFilled(BudgetLineRow line) => !string.IsNullOrWhiteSpace(line.Item) || line.Amount is not null;

    private static bool IsFilled(MilestoneRow milestone) => !string.IsNullOrWhiteSpace(milestone.Title) || milestone.Amount is not null || milestone.DueOn is not null;
}
