using Microsoft.Extensions.Caching.Memory;

namespace Hub.Api.Common.Security;

/// <summary>
/// Counts recent events per key (failed sign-ins of an address or an e-mail, registrations of an address) in a sliding
/// window, in this instance's memory: fast, no database write per guess, and gone on restart. With several instances
/// each counts its own share (ADR 0015). Keys are bounded (a spray of made-up e-mails cannot exhaust memory): past
/// <see cref="MaxKeys"/> new keys go uncounted until old ones expire.
/// </summary>
internal sealed class AttemptLedger(TimeProvider clock) : IDisposable
{
    public const int MaxKeys = 200_000;

    /// <summary>Enough to hold any configured limit; older events no longer change an answer.</summary>
    private const int MaxEventsPerKey = 1_000;

    private readonly MemoryCache _keys = new(new MemoryCacheOptions { SizeLimit = MaxKeys });

    /// <summary>Events of <paramref name="key"/> in the window, and when the count falls below <paramref name="limit"/> again (null when it already is).</summary>
    public (int Count, TimeSpan? RetryAfter) Look(string key, int limit, TimeSpan window) =>
        _keys.TryGetValue(key, out Events? events) ? events!.Look(clock.GetUtcNow(), limit, window) : (0, null);

    /// <summary>Records an event and answers how many the window now holds.</summary>
    public int Record(string key, TimeSpan window) => For(key, window).Record(clock.GetUtcNow(), window);

    /// <summary>Records an event unless the window already holds <paramref name="limit"/>; then answers how long until it would not.</summary>
    public TimeSpan? TryRecord(string key, int limit, TimeSpan window) => For(key, window).TryRecord(clock.GetUtcNow(), limit, window);

    public void Dispose() => _keys.Dispose();

    private Events For(string key, TimeSpan window) =>
        _keys.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = window;
            return new Events();
        })!;

    private sealed class Events
    {
        private readonly Queue<DateTimeOffset> _times = new();

        public (int Count, TimeSpan? RetryAfter) Look(DateTimeOffset now, int limit, TimeSpan window)
        {
            lock (_times)
            {
                Forget(now, window);
                return (_times.Count, RetryAfter(now, limit, window));
            }
        }

        public int Record(DateTimeOffset now, TimeSpan window)
        {
            lock (_times)
            {
                Forget(now, window);
                Add(now);
                return _times.Count;
            }
        }

        public TimeSpan? TryRecord(DateTimeOffset now, int limit, TimeSpan window)
        {
            lock (_times)
            {
                Forget(now, window);
                if (RetryAfter(now, limit, window) is { } retryAfter)
                {
                    return retryAfter;
                }

                Add(now);
                return null;
            }
        }

        private void Forget(DateTimeOffset now, TimeSpan window)
        {
            while (_times.Count > 0 && _times.Peek() <= now - window)
            {
                _times.Dequeue();
            }
        }

        private void Add(DateTimeOffset now)
        {
            _times.Enqueue(now);
            if (_times.Count > MaxEventsPerKey)
            {
                _times.Dequeue();
            }
        }

        /// <summary>Below the limit once all but limit − 1 of the events have left the window.</summary>
        private TimeSpan? RetryAfter(DateTimeOffset now, int limit, TimeSpan window) =>
            _times.Count < limit ? null : _times.ElementAt(_times.Count - limit) + window - now;
    }
}
