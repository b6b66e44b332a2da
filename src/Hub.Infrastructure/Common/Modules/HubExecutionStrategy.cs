using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Infrastructure.Common.Modules;

/// <summary>
/// EF Core's execution strategy for every module: it tries a query or a save again only when
/// <see cref="DatabaseFaults.NothingWasApplied"/> (a stale pooled connection after a restart, a server briefly
/// refusing connections), a few times within about four seconds; anything else fails at once. Explicit
/// transactions run through <see cref="HubDatabaseOptions.InRetriableTransactionAsync{T}"/>.
/// </summary>
internal sealed class HubExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, Delays.Length, Delays[^1])
{
    /// <summary>Waits before each new try: 3.85 s in all, about as long as PostgreSQL takes to restart.</summary>
    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2),
    ];

    /// <summary>
    /// Whether a query must first copy its whole result into a buffer, in case it is read again. Inside this
    /// strategy's own <c>ExecuteAsync</c> (every repository read, every retriable transaction) a fault runs the whole
    /// operation again, reading included, so the queries in it stream their rows; EF Core's own answer there is
    /// "buffer" (<c>ExecutionStrategy.RetriesOnFailure</c> is true when the current strategy is this one), which cost a
    /// list page a copy of every row and about 7 % of its CPU (docs/BENCHMARKS.md, fifth pass). Outside any strategy, as before:
    /// the strategy may retry, so a query buffers. Read once, when EF Core compiles a query (and in its cache key).
    /// </summary>
    public override bool RetriesOnFailure => Current is null && MaxRetryCount > 0;

    protected override bool ShouldRetryOn(Exception exception) => DatabaseFaults.NothingWasApplied(exception);

    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var retry = ExceptionsEncountered.Count - 1;
        return retry < Delays.Length ? Delays[retry] : null;
    }
}
