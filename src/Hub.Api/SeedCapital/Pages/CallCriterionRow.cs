namespace Hub.Api.SeedCapital.Pages;

/// <summary>One criterion row of the call form; a row left blank is not sent.</summary>
public sealed class CallCriterionRow
{
    public string? Name { get; set; }

    public decimal? Weight { get; set; }
}
