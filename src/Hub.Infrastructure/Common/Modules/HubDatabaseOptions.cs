using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hub.Infrastructure.Common.Modules;

internal static class HubDatabaseOptions
{
    /// <summary>
    /// A module's DbContext on the shared PostgreSQL data source, with its migrations history in its own schema and
    /// the hub's execution strategy, which retries only what cannot have been applied (ADR 0014).
    /// </summary>
    public static DbContextOptionsBuilder UseHubDatabase(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history", schema)
                .ExecutionStrategy(dependencies => new HubExecutionStrategy(dependencies)))
            .AddInterceptors(ConnectionOpenFailures.Instance, AfterCommitInterceptor.Instance)
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction it is given (and commits itself), under the context's execution
    /// strategy: a retrying strategy refuses transactions opened outside it. A retry runs the whole work again on a
    /// new transaction, after forgetting what the failed attempt tracked; it comes only when nothing was applied.
    /// </summary>
    public static Task<T> InRetriableTransactionAsync<T>(
        this DbContext context, Func<IDbContextTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var attempts = 0;
        return context.Database.CreateExecutionStrategy().ExecuteAsync(
            async token =>
            {
                if (attempts++ > 0)
                {
                    context.ChangeTracker.Clear();
                }

                await using var transaction = await context.Database.BeginTransactionAsync(token);
                return await work(transaction, token);
            },
            cancellationToken);
    }
}
