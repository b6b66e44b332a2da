using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hub.Application.Common.Jobs;
using Hub.Infrastructure.Common.Observability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hub.Infrastructure.Common.Jobs;

internal static class HangfireServiceCollectionExtensions
{
    public const string Schema = "hangfire";

    private const int ClientRetryAttempts = 3;

    public static IServiceCollection AddHubJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HangfireOptions>(configuration.GetSection(HangfireOptions.Section));
        services.AddScoped<IBackgroundJobs, HangfireBackgroundJobs>();

        // Before AddHangfire, which adds its own activator only when none is registered: jobs act as the system.
        services.AddSingleton<JobActivator, SystemJobActivator>();
        services.AddSingleton<JobObservation>();
        services.AddSingleton<IJobFilterProvider, ObservedJobFilters>();

        // Hangfire's client tries once. After a database restart the first try on each stale pooled connection fails
        // (and Npgsql empties the pool), so a few more tries keep the outbox signal from waiting for the sweep. A retried
        // creation leaves at most an unused job that expires; Hangfire's client checks before it sets a state twice.
        services.AddSingleton<IBackgroundJobClient>(sp =>
        {
            var client = sp.GetRequiredService<IBackgroundJobClientFactory>().GetClient(sp.GetRequiredService<JobStorage>());
            if (client is BackgroundJobClient retrying)
            {
                retrying.RetryAttempts = ClientRetryAttempts;
            }

            return client;
        });

        // Read lazily, so a test host can point the app at its own database before anything connects.
        services.AddHangfire((sp, config) =>
        {
            var options = sp.GetRequiredService<IOptions<HangfireOptions>>().Value;
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString(DependencyInjection.ConnectionStringName);
            config
                .UseLogProvider(new DisposalTolerantLogProvider(sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UsePostgreSqlStorage(
                    bootstrapper => bootstrapper.UseNpgsqlConnection(StorageConnectionString(connectionString, options)),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = Schema,
                        PrepareSchemaIfNecessary = true,
                        QueuePollInterval = options.QueuePollInterval,
                        EnableLongPolling = options.LongPolling,
                        InvisibilityTimeout = options.InvisibilityTimeout,
                        UseSlidingInvisibilityTimeout = true,
                        DistributedLockTimeout = TimeSpan.FromMinutes(1),
                    });
        });

        if (configuration.GetSection(HangfireOptions.Section).GetValue(nameof(HangfireOptions.RunServer), true))
        {
            services.AddHangfireServer((sp, server) =>
            {
                var options = sp.GetRequiredService<IOptions<HangfireOptions>>().Value;
                server.WorkerCount = options.WorkerCount;
                server.Queues = options.Queues;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
                server.ServerName = $"hub:{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        return services;
    }

    /// <summary>Hangfire's connections: the hub's, with <c>synchronous_commit</c> off unless asked for (its own pool).</summary>
    private static string? StorageConnectionString(string? connectionString, HangfireOptions options)
    {
        if (connectionString is null || options.SynchronousCommit)
        {
            return connectionString;
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c synchronous_commit=off".Trim();
        return builder.ConnectionString;
    }
}
