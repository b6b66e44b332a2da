using Hub.Domain.Common;

namespace Hub.Domain.Training.Ledger;

/// <summary>A training module is completed once the hours attended reach a share (by default 80 %) of its planned hours.</summary>
public sealed record CompletionRule
{
    public const decimal DefaultThreshold = 0.8m;

    public CompletionRule(decimal threshold) =>
        Threshold = threshold is > 0 and <= 1
            ? threshold
            : throw new InvalidValueException("threshold", "The completion threshold must be more than 0 and at most 1.");

    public static CompletionRule Default { get; } = new(DefaultThreshold);

    public decimal Threshold { get; }

    /// <summary>Counted in whole minutes, exactly: 80 % of 2 planned hours is 96 minutes, and 95 are not enough.</summary>
    public bool IsCompleted(int attendedMinutes, int plannedHours) =>
        plannedHours > 0 && attendedMinutes >= Threshold * plannedHours * 60m;
}
