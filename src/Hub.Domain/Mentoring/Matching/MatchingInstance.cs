namespace Hub.Domain.Mentoring.Matching;

/// <summary>
/// What the solver sees: applications and mentors by index, each mentor's free capacity, and for every pair its score in
/// millionths (<see cref="Ineligible"/> for a pair that may not be matched). Pins are pairs that must be in the assignment.
/// </summary>
public sealed class MatchingInstance
{
    public const long Ineligible = -1;

    /// <summary>A score in millionths may not exceed this (a score of 1000.000000), so every sum stays exact in a long.</summary>
    public const long MaxScore = 1_000_000_000;

    public MatchingInstance(int applicationCount, IReadOnlyList<int> freeCapacity, long[] scores, IReadOnlyList<MatchingPin>? pins = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(applicationCount);
        if (scores.LongLength != (long)applicationCount * freeCapacity.Count)
        {
            throw new ArgumentException("There must be one score per (mentor, application) pair.", nameof(scores));
        }

        if (scores.Any(s => s != Ineligible && s is < 0 or > MaxScore))
        {
            throw new ArgumentOutOfRangeException(nameof(scores), $"A score must lie between 0 and {MaxScore} millionths.");
        }

        ApplicationCount = applicationCount;
        FreeCapacity = [.. freeCapacity.Select(c => Math.Max(0, c))];
        Scores = scores;
        Pins = pins ?? [];
    }

    public int ApplicationCount { get; }

    public int MentorCount => FreeCapacity.Length;

    public int[] FreeCapacity { get; }

    /// <summary>Mentor-major: the score of application <c>a</c> with mentor <c>m</c> is at <c>m * ApplicationCount + a</c>.</summary>
    public long[] Scores { get; }

    public IReadOnlyList<MatchingPin> Pins { get; }

    public long Score(int application, int mentor) => Scores[((long)mentor * ApplicationCount) + application];

    public bool IsEligible(int application, int mentor) => Score(application, mentor) != Ineligible;
}
