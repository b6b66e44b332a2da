namespace Hub.Domain.Webhooks.Deliveries;

/// <summary>
/// Exponential back-off between the automatic attempts of one delivery: after the n-th failed attempt the next one
/// waits <c>delays[n-1]</c> (the last delay repeats when there are fewer delays than attempts), and after
/// <see cref="MaxAttempts"/> failures there is no next attempt.
/// </summary>
public sealed class RetrySchedule
{
    private readonly TimeSpan[] _delays;

    public RetrySchedule(IReadOnlyList<TimeSpan> delays, int maxAttempts)
    {
        if (delays.Count == 0 || delays.Any(d => d < TimeSpan.Zero))
        {
            throw new ArgumentException("A retry schedule needs at least one delay, none negative.", nameof(delays));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        _delays = [.. delays];
        MaxAttempts = maxAttempts;
    }

    public int MaxAttempts { get; }

    /// <summary>When to try again after <paramref name="failedAttempts"/> failed attempts, or null when that was the last.</summary>
    public DateTimeOffset? NextAttemptAt(int failedAttempts, DateTimeOffset failedAt) =>
        failedAttempts < 1 || failedAttempts >= MaxAttempts
            ? null
            : failedAt + _delays[Math.Min(failedAttempts, _delays.Length) - 1];
}
