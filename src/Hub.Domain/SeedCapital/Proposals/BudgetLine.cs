using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.Proposals;

/// <summary>What part of the grant pays for what (equipment, training, marketing…).</summary>
public sealed record BudgetLine
{
    private BudgetLine(string item, decimal amount)
    {
        Item = item;
        Amount = amount;
    }

    public string Item { get; }

    public decimal Amount { get; }

    public static BudgetLine Create(string item, decimal amount, Currency currency) =>
        new(Guard.Text(item, "budgetLines.item", 200), Money.Of(amount, currency, "budgetLines.amount").Amount);
}
