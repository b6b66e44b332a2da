namespace Hub.Application.Tests.TestDoubles;

/// <summary>A clock that always says the same moment.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public FixedClock()
        : this(DefaultNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
