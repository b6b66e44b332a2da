using Hub.Domain.Webhooks.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Webhooks.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Url).HasMaxLength(WebhookUrlRule.MaxLength);
        builder.Property(s => s.Events)
            .HasConversion(
                l => l.ToArray(),
                a => a.ToList(),
                new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, x) => HashCode.Combine(h, x)), l => l.ToList()))
            .HasColumnType("text[]");

        // Data Protection output of a secret of at most 200 characters stays well under this.
        builder.Property(s => s.ProtectedSecret).HasMaxLength(2000);
        builder.Property(s => s.DisabledReason).HasMaxLength(WebhookSubscription.MaxDisabledReasonLength);
        builder.HasIndex(s => s.Active);
    }
}
