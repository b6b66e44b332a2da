using Hub.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Reporting.Persistence.Configurations;

internal sealed class ReportedFactConfiguration : IEntityTypeConfiguration<ReportedFact>
{
    public void Configure(EntityTypeBuilder<ReportedFact> builder)
    {
        builder.ToTable("facts");
        builder.HasKey(f => f.Key);
        builder.Property(f => f.Key).HasMaxLength(ReportedFact.MaxKeyLength);
        builder.Property(f => f.Kind).HasMaxLength(ReportedFact.MaxKindLength);
        builder.Property(f => f.Detail).HasMaxLength(ReportedFact.MaxDetailLength);
        builder.Property(f => f.Quantity).HasColumnType("numeric");
        builder.Property(f => f.AmountMnt).HasColumnType("numeric");
        builder.Property(f => f.AmountEur).HasColumnType("numeric");
        builder.HasIndex(f => new { f.OccurredAt, f.Kind });
        builder.HasIndex(f => f.UserId);
    }
}
