using System.Diagnostics;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Polls for an asynchronous effect (a background job's, the outbox's) for a bounded time, measured by a stopwatch.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);

    /// <summary>Reads until <paramref name="done"/> holds or the time is up, and returns the last value read.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var watch = Stopwatch.StartNew();
        var value = await read();
        while (!done(value) && watch.Elapsed < limit)
        {
            await Task.Delay(Step);
            value = await read();
        }

        return value;
    }

    /// <summary>Fails unless <paramref name="condition"/> comes true within the time.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        Assert.True(await ValueAsync(condition, c => c, limit), $"The condition did not come true within {limit.TotalSeconds:0.#} s.");
    }
}
