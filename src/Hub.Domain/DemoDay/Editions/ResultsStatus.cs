namespace Hub.Domain.DemoDay.Editions;

/// <summary>The background computation of a closed Demo Day's results.</summary>
public enum ResultsStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
