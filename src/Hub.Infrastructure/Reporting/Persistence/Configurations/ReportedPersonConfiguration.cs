using Hub.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Reporting.Persistence.Configurations;

internal sealed class ReportedPersonConfiguration : IEntityTypeConfiguration<ReportedPerson>
{
    public void Configure(EntityTypeBuilder<ReportedPerson> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).ValueGeneratedNever();
        builder.Property(p => p.Gender).HasMaxLength(ReportedPerson.MaxGenderLength);
        builder.Property(p => p.Soum).HasMaxLength(ReportedPerson.MaxSoumLength);
    }
}
