namespace Hub.Application.Common.Behaviors;

public sealed class SlowRequestOptions
{
    public const string Section = "Hub:SlowRequest";

    /// <summary>A command or query that takes longer than this is logged as a warning.</summary>
    public TimeSpan Threshold { get; set; } = TimeSpan.FromMilliseconds(500);
}
