using Hub.Domain.Webhooks.Subscriptions;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Webhooks.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Url).HasMaxLength(WebhookUrlRule.MaxLength);
        builder.Property(s => s.Events).AsTextArray();

        // Data Protection output of a secret of at most 200 characters stays well under this.
        builder.Property(s => s.ProtectedSecret).HasMaxLength(2000);
        builder.Property(s => s.DisabledReason).HasMaxLength(WebhookSubscription.MaxDisabledReasonLength);
        builder.HasIndex(s => s.Active);
    }
}
