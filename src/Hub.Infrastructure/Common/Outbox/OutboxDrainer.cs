using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Persistence;
using Hub.Infrastructure.Common.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common.Outbox;

/// <summary>
/// Delivers pending outbox messages of every module. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> inside a
/// transaction, so several app instances (or overlapping jobs) drain side by side and each message is handled by
/// exactly one of them; a crash before the commit leaves it pending for the next drain (at least once).
/// </summary>
internal sealed partial class OutboxDrainer(IServiceScopeFactory scopes, ModuleRegistry modules, TimeProvider clock, ILogger<OutboxDrainer> logger)
{
    public const int BatchSize = 50;

    /// <summary>The modules that have an outbox (every <see cref="ModuleDbContext"/>; Identity's store has none).</summary>
    private IEnumerable<Type> OutboxContextTypes => modules.DbContextTypes.Where(t => t.IsAssignableTo(typeof(ModuleDbContext)));

    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var contextType in OutboxContextTypes)
        {
            int claimed;
            do
            {
                (claimed, var ok) = await DrainBatchAsync(contextType, cancellationToken);
                delivered += ok;
            }
            while (claimed == BatchSize && !cancellationToken.IsCancellationRequested);
        }

        return delivered;
    }

    private async Task<(int Claimed, int Delivered)> DrainBatchAsync(Type contextType, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // The schema and numbers are the module's own constants; the only value from outside is a parameter.
        var claimSql = $$"""
            SELECT * FROM "{{context.Schema}}"."{{OutboxMessageConfiguration.Table}}"
            WHERE processed_at IS NULL AND attempts < {{OutboxMessage.MaxAttempts}} AND (next_attempt_at IS NULL OR next_attempt_at <= {0})
            ORDER BY occurred_at
            LIMIT {{BatchSize}}
            FOR UPDATE SKIP LOCKED
            """;
        var batch = await context.OutboxMessages.FromSqlRaw(claimSql, now).ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var message in batch)
        {
            try
            {
                // Each message's handlers get a scope of their own: one that fails leaves nothing behind for the next.
                await using var messageScope = scopes.CreateSystemScope();
                await messageScope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(message, cancellationToken);
                message.MarkProcessed(clock.GetUtcNow());
                delivered++;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogDeliveryFailed(logger, error, message.Type, message.Id, message.Attempts + 1);
                message.MarkFailed(error, clock.GetUtcNow());
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (batch.Count, delivered);
    }

    /// <summary>Deletes delivered messages older than <paramref name="age"/>; undelivered ones stay for a person to look at.</summary>
    public async Task<int> PurgeDeliveredAsync(TimeSpan age, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - age;
        var purged = 0;
        foreach (var contextType in OutboxContextTypes)
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
            purged += await context.OutboxMessages.Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        }

        return purged;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Type} {Id} failed on attempt {Attempt}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception error, string type, Guid id, int attempt);
}
