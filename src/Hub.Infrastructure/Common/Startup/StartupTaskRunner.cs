using Hub.Infrastructure.Common.Security;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Infrastructure.Common.Startup;

public static class StartupTaskRunner
{
    /// <summary>Runs the start-up tasks in order, as the system actor, in one scope that ends when they are done; one instance at a time.</summary>
    public static async Task RunHubStartupTasksAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var startupLock = await StartupLock.TakeAsync(services.GetRequiredService<NpgsqlDataSource>(), cancellationToken);
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateSystemScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(cancellationToken);
        }
    }

    /// <summary>The production path: apply migrations, then exit.</summary>
    public static async Task MigrateHubDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var startupLock = await StartupLock.TakeAsync(services.GetRequiredService<NpgsqlDataSource>(), cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
    }
}
