namespace Hub.Api.DemoDay.Pages;

/// <summary>The plan form, named as PlanDemoDayCommand's fields; criterion rows left blank are not sent.</summary>
public sealed class DemoDayPlanInput
{
    public const int CriterionRows = 5;

    public string Name { get; set; } = string.Empty;

    public DateOnly? HeldOn { get; set; }

    public string? Venue { get; set; }

    public decimal? ScaleMin { get; set; } = 1;

    public decimal? ScaleMax { get; set; } = 10;

    public List<CriterionInput> Criteria { get; set; } = [.. Enumerable.Range(0, CriterionRows).Select(_ => new CriterionInput())];
}
