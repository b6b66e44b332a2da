using Hub.Infrastructure.Common.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Common.Inbox;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public const string Table = "inbox_messages";

    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ConfigureQueue(Table);
        builder.Property(m => m.Handler).HasMaxLength(InboxMessage.MaxHandlerLength);
        builder.HasIndex(m => new { m.EventId, m.Handler }).IsUnique();
    }
}
