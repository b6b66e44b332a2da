using FluentValidation;
using Hub.Application.Common.Behaviors;
using Hub.Application.Common.Messaging;
using Hub.Application.Common.Notifications;
using Hub.Infrastructure.Common;
using Hub.Infrastructure.Common.DemoData;
using Hub.Infrastructure.Common.Health;
using Hub.Infrastructure.Common.Idempotency;
using Hub.Infrastructure.Common.Jobs;
using Hub.Infrastructure.Common.Mail;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Inbox;
using Hub.Infrastructure.Common.Messaging;
using Hub.Infrastructure.Common.Outbox;
using Hub.Infrastructure.Common.Persistence;
using Hub.Infrastructure.Common.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Hub";

    /// <summary>Everything below the API: persistence, outbox, jobs, identity store, health checks and every module.</summary>
    public static IServiceCollection AddHubInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<StartupOptions>(configuration.GetSection(StartupOptions.Section));
        services.Configure<SlowRequestOptions>(configuration.GetSection(SlowRequestOptions.Section));

        // One connection pool for EF Core, Hangfire and health checks; read lazily so tests can override it.
        services.AddSingleton(sp => HubDataSource.Create(
            sp.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"Set ConnectionStrings:{ConnectionStringName} (environment: ConnectionStrings__{ConnectionStringName}); ./hub does it for you.")));

        services.AddScoped<DomainEventDispatcher>();
        services.AddScoped<OutboxCollector>();
        services.AddScoped<IOutbox>(sp => sp.GetRequiredService<OutboxCollector>());
        services.AddSingleton<MessageSignal>();
        services.AddScoped<ModuleDbContextDependencies>();
        services.AddScoped<NotificationSender>();
        services.AddScoped<INotificationSender>(sp => sp.GetRequiredService<NotificationSender>());
        services.AddSingleton<QueuedMessagePurger>();
        services.AddSingleton<IDeliveredMessages>(sp => sp.GetRequiredService<QueuedMessagePurger>());
        services.AddSingleton<OutboxDrainer>();
        services.AddTransient<OutboxDrainJob>();
        services.AddSingleton<InboxDrainer>();
        services.AddTransient<InboxDrainJob>();
        services.AddHubMail(configuration);

        services.AddApplicationHandlers();
        services.AddHubIdempotency(configuration);
        services.AddHubJobs(configuration);
        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres")
            .AddCheck<HangfireHealthCheck>("background-jobs");
        services.Configure<HealthSnapshotOptions>(configuration.GetSection(HealthSnapshotOptions.Section));
        services.AddSingleton<HealthSnapshot>();
        services.AddHostedService(sp => sp.GetRequiredService<HealthSnapshot>());

        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<IStartupTask>(sp => sp.GetRequiredService<DatabaseMigrator>());
        services.AddScoped<IStartupTask, RecurringJobsRegistrar>();
        services.AddScoped<IStartupTask, DemoDataStartupTask>();

        // Each module registers itself, explicitly; the host stops here if one forgot a handler, job, aggregate or seeder.
        var modules = ModuleCatalog.Install(services, configuration, HubModules.All);
        modules.Validate();
        services.AddSingleton(modules);

        return services;
    }

    /// <summary>Validators and domain event handlers of the application layer (the mediator finds its own handlers).</summary>
    private static IServiceCollection AddApplicationHandlers(this IServiceCollection services)
    {
        var application = typeof(IOutbox).Assembly;
        // A validator builds its rules in its constructor: one that needs nothing is built once, not on every request.
        services.AddValidatorsFromAssembly(application, ServiceLifetime.Singleton, v => NeedsNothing(v.ValidatorType), includeInternalTypes: true);
        services.AddValidatorsFromAssembly(application, ServiceLifetime.Scoped, v => !NeedsNothing(v.ValidatorType), includeInternalTypes: true);
        foreach (var type in application.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var handlerInterface in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>)))
            {
                services.AddScoped(handlerInterface, type);
            }
        }

        return services;
    }

    private static bool NeedsNothing(Type type) => type.GetConstructors().All(c => c.GetParameters().Length == 0);
}
