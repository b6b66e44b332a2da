using Hub.Domain.Mentoring.Mentees;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Mentoring.Persistence.Configurations;

internal sealed class MenteeConfiguration : IEntityTypeConfiguration<Mentee>
{
    public void Configure(EntityTypeBuilder<Mentee> builder)
    {
        builder.ToTable("mentees");
        builder.HasKey(m => m.Id);
        builder.Ignore(m => m.ApplicationId);
        builder.Property(m => m.FounderFullName).HasMaxLength(200);
        builder.Property(m => m.VentureName).HasMaxLength(200);
        builder.Property(m => m.Sector).HasMaxLength(20);
        builder.Property(m => m.TimeZone).HasMaxLength(100);
        builder.Property(m => m.Languages).AsTextArray();
        builder.HasIndex(m => m.IntakeId);
    }
}
