namespace Hub.Api.DemoDay.Pages;

public sealed class CriterionInput
{
    public string? Name { get; set; }

    public decimal? Weight { get; set; }
}
