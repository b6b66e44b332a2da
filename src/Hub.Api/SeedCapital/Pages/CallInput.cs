namespace Hub.Api.SeedCapital.Pages;

/// <summary>The form that opens a call, named as CreateCallCommand's fields; times are in the viewer's zone, amounts in the chosen currency.</summary>
public sealed class CallInput
{
    public const int CriterionRows = 5;

    public string Title { get; set; } = string.Empty;

    public string Kind { get; set; } = "SeedCapital";

    public string Currency { get; set; } = "MNT";

    public decimal? Budget { get; set; }

    public decimal? MaxGrant { get; set; }

    public decimal? MinScore { get; set; } = 5;

    public DateTime? OpensAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    public DateTime? EvaluationDeadline { get; set; }

    public bool AllowTeamsWithoutApplication { get; set; }

    public List<CallCriterionRow> Criteria { get; set; } = [.. Enumerable.Range(0, CriterionRows).Select(_ => new CallCriterionRow())];
}
