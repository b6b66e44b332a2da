namespace Hub.Infrastructure.Common.Modules;

/// <summary>What one module installed, as its <see cref="IHubModule"/> said.</summary>
internal sealed class HubModuleDescriptor(string name, int order)
{
    public string Name { get; } = name;

    public int Order { get; } = order;

    public Type? DbContextType { get; set; }

    public string? Schema { get; set; }

    public List<Type> Aggregates { get; } = [];

    public List<IntegrationEventSubscription> Subscriptions { get; } = [];

    public List<RecurringJobRegistration> RecurringJobs { get; } = [];

    public List<Type> DemoDataSeeders { get; } = [];
}
