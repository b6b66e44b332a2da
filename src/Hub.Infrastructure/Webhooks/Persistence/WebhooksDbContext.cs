using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Webhooks.Persistence;

internal sealed class WebhooksDbContext(DbContextOptions<WebhooksDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "webhooks";

    public override string Schema => SchemaName;

    public DbSet<WebhookSubscription> Subscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WebhooksDbContext).Assembly, t => t.Namespace == typeof(Configurations.WebhookSubscriptionConfiguration).Namespace);
}
