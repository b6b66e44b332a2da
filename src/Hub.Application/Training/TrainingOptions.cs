using Hub.Domain.Training.Ledger;

namespace Hub.Application.Training;

/// <summary>Settings of the Training module (<c>Hub:Training</c>).</summary>
public sealed class TrainingOptions
{
    public const string Section = "Hub:Training";

    /// <summary>The share of a module's planned hours a founder must attend to complete it (more than 0, at most 1).</summary>
    public decimal CompletionThreshold { get; set; } = CompletionRule.DefaultThreshold;

    /// <summary>How long before a session its participants are reminded of it.</summary>
    public TimeSpan ReminderLeadTime { get; set; } = TimeSpan.FromHours(24);

    public CompletionRule CompletionRule => new(CompletionThreshold);
}
