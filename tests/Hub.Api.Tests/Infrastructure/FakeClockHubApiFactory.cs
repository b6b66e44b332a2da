using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// A host of its own whose app reads a <see cref="FakeTimeProvider"/>: its time stands still until a test moves it,
/// forward only (the fake refuses to go back). Tests of deadlines and back-offs move it past the moment instead of
/// sleeping until it. Hangfire's own scheduler (delayed and recurring jobs, heartbeats) keeps the real clock, so those
/// tests start the due job themselves (<see cref="HangfireTestExtensions"/>). The shared host keeps the real clock:
/// its tests compare recorded times with the real one, and a moved clock would age the tokens it shares.
/// </summary>
public class FakeClockHubApiFactory : HubApiFactory
{
    /// <summary>The app's clock; it starts at the real time, on a whole second (so times survive PostgreSQL's microseconds exactly).</summary>
    public FakeTimeProvider Clock { get; } = new(WholeSecond(TimeProvider.System.GetUtcNow()));

    public static DateTimeOffset WholeSecond(DateTimeOffset moment) =>
        new(moment.Ticks - (moment.Ticks % TimeSpan.TicksPerSecond), moment.Offset);

    /// <summary>Moves the clock forward to <paramref name="moment"/>; a clock already past it stays where it is.</summary>
    public DateTimeOffset MoveClockTo(DateTimeOffset moment)
    {
        if (moment > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(moment);
        }

        return Clock.GetUtcNow();
    }

    /// <summary>
    /// Moves the clock forward to the real time (whole second) when it has fallen behind, and returns it. Moments a
    /// test sets from it are then in the future for Hangfire's real-time scheduler too, so their delayed jobs wait
    /// for the test to start them.
    /// </summary>
    public DateTimeOffset CatchUpWithRealTime() => MoveClockTo(WholeSecond(TimeProvider.System.GetUtcNow()));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
