using Hub.Domain.Webhooks.Deliveries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Webhooks.Persistence.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public const string Table = "deliveries";

    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.EventType).HasMaxLength(WebhookDelivery.MaxEventTypeLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);

        // One delivery per subscription and event, however often the event is handled.
        builder.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique();
        builder.HasIndex(d => d.EventId);
        builder.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'");

        builder.OwnsMany(d => d.Attempts, attempt =>
        {
            attempt.ToTable("delivery_attempts");
            attempt.WithOwner().HasForeignKey("DeliveryId");
            attempt.HasKey(a => a.Id);
            attempt.Property(a => a.Id).ValueGeneratedNever();
            attempt.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(30);
            attempt.Property(a => a.ResponseExcerpt).HasMaxLength(AttemptResult.MaxExcerptLength);
        });
        builder.Navigation(d => d.Attempts).HasField("_attempts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
