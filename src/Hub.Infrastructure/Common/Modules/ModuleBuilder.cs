using Hub.Application.Common.Jobs;
using Hub.Application.Common.Messaging;
using Hub.Application.Common.Persistence;
using Hub.Domain.Common;
using Hub.Infrastructure.Common.DemoData;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Infrastructure.Common.Modules;

/// <summary>What a module's <see cref="IHubModule.Install"/> registers, recorded in the <see cref="ModuleCatalog"/> as it goes.</summary>
internal sealed class ModuleBuilder(IServiceCollection services, IConfiguration configuration, HubModuleDescriptor module)
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;

    /// <summary>The module's DbContext on the shared data source, in its own schema with its own migrations history.</summary>
    public ModuleBuilder DbContext<TContext>(string schema)
        where TContext : DbContext
    {
        if (module.DbContextType is not null)
        {
            throw new InvalidOperationException($"Module {module.Name} registers a second DbContext ({typeof(TContext).Name}): one per module.");
        }

        // Every module's context comes from a pool (ADR 0031): building one, with EF Core's services behind it, cost
        // about a tenth of a list request (Identity's, before it was pooled too, a sixth of GET /auth/me's CPU and a third
        // of the partner-keys list's). Each scope
        // leases one and gives it the scope's services; disposing the scope returns it to the pool.
        Services.AddPooledDbContextFactory<TContext>((sp, options) => options.UseHubDatabase(sp.GetRequiredService<NpgsqlDataSource>(), schema));
        Services.AddScoped(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            (context as ILeasedDbContext)?.Lease(sp);
            return context;
        });

        module.DbContextType = typeof(TContext);
        module.Schema = schema;
        return this;
    }

    /// <summary>An aggregate root of the module, loaded and saved through <c>IRepository&lt;T&gt;</c> over the module's DbContext.</summary>
    public ModuleBuilder Aggregate<TAggregate>()
        where TAggregate : class, IAggregateRoot
    {
        var context = module.DbContextType ?? throw new InvalidOperationException($"Module {module.Name}: register its DbContext before its aggregates.");
        var repository = typeof(EfRepository<,>).MakeGenericType(context, typeof(TAggregate));
        Services.AddScoped(typeof(IRepository<TAggregate>), repository);
        Services.AddScoped(typeof(IReadRepository<TAggregate>), repository);
        module.Aggregates.Add(typeof(TAggregate));
        return this;
    }

    /// <summary>The module handles another module's event, once per event, through its own inbox.</summary>
    public ModuleBuilder Subscribe<TEvent, THandler>()
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        Services.AddScoped<THandler>();
        module.Subscriptions.Add(new IntegrationEventSubscription(module, typeof(TEvent), typeof(THandler)));
        return this;
    }

    public ModuleBuilder RecurringJob<TJob>(string id, string cron)
        where TJob : class, IRecurringJob
    {
        Services.AddScoped<TJob>();
        module.RecurringJobs.Add(new RecurringJobRegistration(typeof(TJob), id, cron));
        return this;
    }

    /// <summary>Demo data, loaded by <c>./hub run</c> in module order; the seeder must be idempotent.</summary>
    public ModuleBuilder DemoData<TSeeder>()
        where TSeeder : class, IDemoDataSeeder
    {
        Services.AddScoped<TSeeder>();
        module.DemoDataSeeders.Add(typeof(TSeeder));
        return this;
    }
}
