using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Common.Messaging;

internal static class QueuedMessageConfiguration
{
    /// <summary>The columns and pending-first index every outbox and inbox table has.</summary>
    public static void ConfigureQueue<T>(this EntityTypeBuilder<T> builder, string table)
        where T : QueuedMessage
    {
        builder.ToTable(table);
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Type).HasMaxLength(300);
        builder.Property(m => m.Payload).HasColumnType("jsonb");
        builder.Property(m => m.LastError).HasMaxLength(QueuedMessage.MaxErrorLength);

        // Drains read only what is still pending, oldest first.
        builder.HasIndex(m => m.OccurredAt).HasFilter("processed_at IS NULL").HasDatabaseName($"ix_{table}_pending");
    }
}
