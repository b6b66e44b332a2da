using Hub.Domain.Mentoring.MatchingRuns;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Mentoring.Persistence.Configurations;

internal sealed class MatchingRunConfiguration : IEntityTypeConfiguration<MatchingRun>
{
    public void Configure(EntityTypeBuilder<MatchingRun> builder)
    {
        builder.ToTable("matching_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.FailureReason).HasMaxLength(2000);
        builder.Property(r => r.TotalScore).HasPrecision(18, 6);
        builder.Property(r => r.Pins).AsJsonList();
        builder.Property(r => r.Forbids).AsJsonList();
        builder.Property(r => r.Candidates).AsJsonList();
        builder.Property(r => r.Assignments).AsJsonList();
        builder.Property(r => r.Unmatched)
            .HasConversion(l => l.ToArray(), a => a.ToList(), ListColumns.ItemComparer<Guid>())
            .HasColumnType("uuid[]");
        builder.HasIndex(r => new { r.IntakeId, r.RequestedAt });
    }
}
