using Hub.Infrastructure.Common.Idempotency;
using Hub.Infrastructure.Common.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Common.Startup;

/// <summary>Applies every module's EF Core migrations, each in its own schema with its own history table.</summary>
internal sealed partial class DatabaseMigrator(IServiceProvider services, ModuleCatalog modules, IOptions<StartupOptions> options, ILogger<DatabaseMigrator> logger)
    : IStartupTask
{
    public int Order => 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateDatabase)
        {
            // Production migrates by an explicit command; an app older or newer than its schema must not serve.
            var pending = await PendingAsync(cancellationToken);
            if (pending.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}): apply them first with `./hub migrate` "
                    + "or `dotnet Hub.Api.dll migrate` (safe to run twice), then start the app.");
            }

            return;
        }

        await MigrateAsync(cancellationToken);
    }

    /// <summary>Every module's migrations the database has not applied yet, as <c>Context/Migration</c>.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken)
    {
        var pending = new List<string>();
        foreach (var contextType in modules.DbContextTypes)
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            pending.AddRange((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Select(m => $"{contextType.Name}/{m}"));
        }

        return pending;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // The modules' schemas, then the platform's (idempotency keys, ADR 0023).
        foreach (var contextType in modules.DbContextTypes.Append(typeof(IdempotencyDbContext)))
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            LogMigrating(logger, contextType.Name);

            // Creating the history table first spares a fresh database EF's logged failure of reading a missing one.
            await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating {Context}")]
    private static partial void LogMigrating(ILogger logger, string context);
}
