using Hub.Domain.Training.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Training.Persistence.Configurations;

internal sealed class MentoringEntryConfiguration : IEntityTypeConfiguration<MentoringEntry>
{
    public void Configure(EntityTypeBuilder<MentoringEntry> builder)
    {
        builder.ToTable("mentoring_entries");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Format).HasMaxLength(MentoringEntry.MaxFormatLength);
        builder.Ignore(m => m.IsGroup);
        builder.HasIndex(m => m.FounderUserId);
    }
}
