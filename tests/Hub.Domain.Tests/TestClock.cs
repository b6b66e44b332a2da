namespace Hub.Domain.Tests;

/// <summary>The fixed "now" every domain test runs at; the domain takes the clock as a parameter.</summary>
internal static class TestClock
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
}
