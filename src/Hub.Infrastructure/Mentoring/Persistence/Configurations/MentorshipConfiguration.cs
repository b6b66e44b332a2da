using Hub.Domain.Mentoring.Mentorships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Mentoring.Persistence.Configurations;

internal sealed class MentorshipConfiguration : IEntityTypeConfiguration<Mentorship>
{
    public void Configure(EntityTypeBuilder<Mentorship> builder)
    {
        builder.ToTable("mentorships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.VentureName).HasMaxLength(200);
        builder.Property(m => m.Outcome).HasMaxLength(1000);
        builder.Property(m => m.Score).HasPrecision(18, 6);
        builder.Ignore(m => m.HoldsSlot);
        builder.Ignore(m => m.TotalMinutes);
        builder.HasIndex(m => new { m.MentorId, m.Status });
        builder.HasIndex(m => new { m.FounderUserId, m.Status });
        builder.HasIndex(m => new { m.ApplicationId, m.Status });

        builder.OwnsMany(m => m.Sessions, session =>
        {
            session.ToTable("mentoring_sessions");
            session.WithOwner().HasForeignKey("MentorshipId");
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).ValueGeneratedNever();
            session.Property(s => s.Format).HasConversion<string>().HasMaxLength(20);
            session.Property(s => s.Topics).HasMaxLength(2000);
            session.Property(s => s.Actions).HasMaxLength(2000);
            session.Property(s => s.Comment).HasMaxLength(2000);
        });
        builder.Navigation(m => m.Sessions).HasField("_sessions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
