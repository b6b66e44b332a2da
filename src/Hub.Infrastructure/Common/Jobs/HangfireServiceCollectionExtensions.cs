using Hangfire;
using Hangfire.PostgreSql;
using Hub.Application.Common.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Common.Jobs;

internal static class HangfireServiceCollectionExtensions
{
    public const string Schema = "hangfire";

    public static IServiceCollection AddHubJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HangfireOptions>(configuration.GetSection(HangfireOptions.Section));
        services.AddScoped<IBackgroundJobs, HangfireBackgroundJobs>();

        // Before AddHangfire, which adds its own activator only when none is registered: jobs act as the system.
        services.AddSingleton<JobActivator, SystemJobActivator>();

        // Read lazily, so a test host can point the app at its own database before anything connects.
        services.AddHangfire((sp, config) =>
        {
            var options = sp.GetRequiredService<IOptions<HangfireOptions>>().Value;
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString(DependencyInjection.ConnectionStringName);
            config
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UsePostgreSqlStorage(
                    bootstrapper => bootstrapper.UseNpgsqlConnection(connectionString),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = Schema,
                        PrepareSchemaIfNecessary = true,
                        QueuePollInterval = options.QueuePollInterval,
                        EnableLongPolling = true,
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
}
