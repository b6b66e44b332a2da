using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Common.Idempotency;

/// <summary>
/// The <c>platform</c> schema: plumbing that belongs to no module, here the idempotency keys (ADR 0023). Used for its
/// migrations; requests read and write the table through <see cref="IdempotencyStore"/> with plain SQL.
/// </summary>
internal sealed class IdempotencyDbContext(DbContextOptions<IdempotencyDbContext> options) : DbContext(options)
{
    public const string Schema = "platform";

    public DbSet<IdempotencyRecord> Records => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
    }
}
