namespace Hub.Api.SeedCapital.Pages;

/// <summary>One milestone line of the proposal form.</summary>
public sealed class MilestoneRow
{
    public string? Title { get; set; }

    public DateOnly? DueOn { get; set; }

    public decimal? Amount { get; set; }
}
