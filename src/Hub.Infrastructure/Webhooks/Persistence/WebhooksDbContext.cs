using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Webhooks.Persistence;

internal sealed class WebhooksDbContext(DbContextOptions<WebhooksDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string SchemaName = "webhooks";

    private readonly List<Action> _afterCommit = [];

    public override string Schema => SchemaName;

    public DbSet<WebhookSubscription> Subscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();

    /// <summary>Runs <paramref name="action"/> once the open transaction commits (never if it rolls back).</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    internal void TransactionEnded(bool committed)
    {
        var actions = _afterCommit.ToList();
        _afterCommit.Clear();
        if (committed)
        {
            actions.ForEach(action => action());
        }
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(AfterCommitInterceptor.Instance);

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WebhooksDbContext).Assembly, t => t.Namespace == typeof(Configurations.WebhookSubscriptionConfiguration).Namespace);
}
