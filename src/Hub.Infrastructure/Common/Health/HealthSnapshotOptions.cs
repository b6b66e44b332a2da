namespace Hub.Infrastructure.Common.Health;

public sealed class HealthSnapshotOptions
{
    public const string Section = "Hub:Health";

    /// <summary>How often the checks behind <c>/health</c> run in the background; <c>/health</c> answers from the last result.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);
}
