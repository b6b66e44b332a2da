namespace Hub.Domain.Mentoring.Matching;

/// <summary>How much each part of the compatibility score weighs; configuration (Mentoring:Weights), these are the defaults.</summary>
public sealed record CompatibilityWeights
{
    public decimal Expertise { get; init; } = 0.40m;

    public decimal Language { get; init; } = 0.20m;

    public decimal WorkingHours { get; init; } = 0.25m;

    public decimal Load { get; init; } = 0.15m;
}
