namespace Hub.Domain.Mentoring.Matching;

/// <summary>A pair's score (rounded once, to 6 decimals: the value reported and the value solved on), whether it may be matched, and why.</summary>
public sealed record Compatibility(decimal Score, bool Eligible, IReadOnlyList<string> Reasons)
{
    public const int Decimals = 6;

    /// <summary>The score in millionths, exact, for the solver.</summary>
    public long ScoreMicros => (long)(Score * 1_000_000m);
}
