using Hub.Application.Common.Jobs;
using Hub.Application.Common.Messaging;
using Hub.Domain.Common;
using Hub.Infrastructure.Common.DemoData;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Modules;

/// <summary>
/// The installed modules, in order, with what each registered: read by migrations, the outbox (who subscribes to
/// an event), the inboxes, the recurring jobs and the demo data. <see cref="Validate"/> stops the host at start-up
/// when a module forgot something that exists in the code.
/// </summary>
internal sealed class ModuleCatalog
{
    private readonly List<HubModuleDescriptor> _modules = [];

    public IReadOnlyList<HubModuleDescriptor> Modules => _modules;

    public IEnumerable<Type> DbContextTypes => _modules.Select(m => m.DbContextType).OfType<Type>();

    /// <summary>The modules whose DbContext has an outbox and an inbox (every <see cref="ModuleDbContext"/>; Identity's store has none).</summary>
    public IEnumerable<HubModuleDescriptor> MessagingModules => _modules.Where(m => m.DbContextType?.IsAssignableTo(typeof(ModuleDbContext)) == true);

    public IEnumerable<IntegrationEventSubscription> Subscriptions => _modules.SelectMany(m => m.Subscriptions);

    public static ModuleCatalog Install(IServiceCollection services, IConfiguration configuration, IEnumerable<IHubModule> modules)
    {
        var catalog = new ModuleCatalog();
        foreach (var module in modules.OrderBy(m => m.Order))
        {
            var descriptor = new HubModuleDescriptor(module.Name, module.Order);
            module.Install(new ModuleBuilder(services, configuration, descriptor));
            catalog._modules.Add(descriptor);
        }

        return catalog;
    }

    public IReadOnlyList<IntegrationEventSubscription> SubscriptionsOf(Type eventType) =>
        [.. Subscriptions.Where(s => s.EventType == eventType)];

    public IntegrationEventSubscription? Subscription(string name) => Subscriptions.FirstOrDefault(s => s.Name == name);

    /// <summary>Adds a subscription after installation (tests add handlers of their own to a module).</summary>
    public void Subscribe(string moduleName, Type eventType, Type handlerType)
    {
        var module = _modules.Single(m => m.Name == moduleName);
        module.Subscriptions.Add(new IntegrationEventSubscription(module, eventType, handlerType));
    }

    /// <summary>
    /// Every module has a name of its own, an order of its own and a DbContext; every aggregate root, integration
    /// event handler, recurring job and demo-data seeder in the code belongs to exactly one module's registration;
    /// a module that subscribes has an inbox. Throws naming everything missing.
    /// </summary>
    public void Validate()
    {
        var problems = new List<string>();
        problems.AddRange(Duplicates(_modules.Select(m => m.Name), "module name"));
        problems.AddRange(Duplicates(_modules.Select(m => m.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)), "module order"));
        problems.AddRange(Duplicates(_modules.Select(m => m.Schema).OfType<string>(), "schema"));
        problems.AddRange(_modules.Where(m => m.DbContextType is null).Select(m => $"Module {m.Name} registers no DbContext."));
        problems.AddRange(_modules.Where(m => m.Subscriptions.Count > 0 && !MessagingModules.Contains(m))
            .Select(m => $"Module {m.Name} subscribes to events but its DbContext has no inbox (derive it from ModuleDbContext)."));
        problems.AddRange(Duplicates(Subscriptions.Select(s => s.Name), "subscription of a handler"));

        problems.AddRange(Unregistered(typeof(IAggregateRoot).Assembly, IsAggregateRoot, _modules.SelectMany(m => m.Aggregates), "Aggregate root", "Aggregate<T>()"));
        problems.AddRange(Unregistered(typeof(IOutbox).Assembly, IsIntegrationEventHandler, Subscriptions.Select(s => s.HandlerType), "Integration event handler", "Subscribe<TEvent, THandler>()"));
        problems.AddRange(Unregistered(typeof(IOutbox).Assembly, t => typeof(IRecurringJob).IsAssignableFrom(t), _modules.SelectMany(m => m.RecurringJobs.Select(j => j.JobType)), "Recurring job", "RecurringJob<TJob>(id, cron)"));
        problems.AddRange(Unregistered(typeof(ModuleCatalog).Assembly, t => typeof(IDemoDataSeeder).IsAssignableFrom(t), _modules.SelectMany(m => m.DemoDataSeeders), "Demo data seeder", "DemoData<TSeeder>()"));

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The modules are not completely registered:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
        }
    }

    private static bool IsAggregateRoot(Type type) => typeof(IAggregateRoot).IsAssignableFrom(type);

    private static bool IsIntegrationEventHandler(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>));

    private static IEnumerable<string> Unregistered(System.Reflection.Assembly assembly, Func<Type, bool> kind, IEnumerable<Type> registered, string what, string how)
    {
        var known = registered.ToHashSet();
        return assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && kind(t) && !known.Contains(t))
            .Select(t => $"{what} {t.FullName} is registered by no module: add {how} to its module's installer.");
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> values, string what) =>
        values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"Two modules share the {what} '{g.Key}'.");
}
