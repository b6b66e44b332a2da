using Hub.Domain.Mentoring.Mentors;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Mentoring.Persistence.Configurations;

internal sealed class MentorConfiguration : IEntityTypeConfiguration<Mentor>
{
    public void Configure(EntityTypeBuilder<Mentor> builder)
    {
        builder.ToTable("mentors");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.Property(m => m.FullName).HasMaxLength(200);
        builder.Property(m => m.Country).HasMaxLength(100);
        builder.Property(m => m.TimeZone).HasMaxLength(100);
        builder.Property(m => m.Bio).HasMaxLength(2000);
        builder.Property(m => m.Languages).AsTextArray();
        builder.Property(m => m.Expertise).AsTextArray();
        builder.HasIndex(m => m.Email).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasIndex(m => new { m.FullName, m.Id });

        builder.OwnsMany(m => m.Conflicts, conflict =>
        {
            conflict.ToTable("mentor_conflicts");
            conflict.WithOwner().HasForeignKey("MentorId");
            conflict.HasKey("MentorId", nameof(MentorConflict.ApplicationId));
            conflict.Property(c => c.ApplicationId).ValueGeneratedNever();
            conflict.Property(c => c.Reason).HasMaxLength(1000);
        });
        builder.Navigation(m => m.Conflicts).HasField("_conflicts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
