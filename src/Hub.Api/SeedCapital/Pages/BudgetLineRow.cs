namespace Hub.Api.SeedCapital.Pages;

/// <summary>One line of the proposal form's budget.</summary>
public sealed class BudgetLineRow
{
    public string? Item { get; set; }

    public decimal? Amount { get; set; }
}
