using Hub.Infrastructure.Common.Persistence;
using Hub.Domain.DemoDay.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.DemoDay.Persistence.Configurations;

internal sealed class DemoDayEditionConfiguration : IEntityTypeConfiguration<DemoDayEdition>
{
    public void Configure(EntityTypeBuilder<DemoDayEdition> builder)
    {
        builder.ToTable("demo_days");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Venue).HasMaxLength(200);
        builder.Property(d => d.ScaleMin).HasPrecision(18, 6);
        builder.Property(d => d.ScaleMax).HasPrecision(18, 6);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ResultsStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ResultsFailureReason).HasMaxLength(500);
        builder.Ignore(d => d.IsOpenForScoring);
        builder.JsonList(d => d.Criteria, "_criteria");
        builder.JsonList(d => d.Pitches, "_pitches");
        builder.JsonList(d => d.Judges, "_judges");
        builder.JsonList(d => d.Conflicts, "_conflicts");
        builder.JsonList(d => d.Awards, "_awards");
        builder.JsonList(d => d.Rankings, "_rankings");
        builder.HasIndex(d => new { d.Status, d.HeldOn });
        builder.HasIndex(d => new { d.ResultsStatus, d.ClosedAt });
    }
}
