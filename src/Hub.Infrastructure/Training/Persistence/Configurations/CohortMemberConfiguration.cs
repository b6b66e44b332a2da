using Hub.Domain.Training.Cohorts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Training.Persistence.Configurations;

internal sealed class CohortMemberConfiguration : IEntityTypeConfiguration<CohortMember>
{
    public void Configure(EntityTypeBuilder<CohortMember> builder)
    {
        builder.ToTable("cohort_members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.FullName).HasMaxLength(CohortMember.MaxNameLength);
        builder.HasIndex(m => new { m.IntakeId, m.FounderUserId }).IsUnique();
    }
}
