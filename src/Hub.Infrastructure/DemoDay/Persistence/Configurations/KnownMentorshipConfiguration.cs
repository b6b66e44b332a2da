using Hub.Domain.DemoDay.Mentorships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.DemoDay.Persistence.Configurations;

internal sealed class KnownMentorshipConfiguration : IEntityTypeConfiguration<KnownMentorship>
{
    public void Configure(EntityTypeBuilder<KnownMentorship> builder)
    {
        builder.ToTable("known_mentorships");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.MentorshipId).IsUnique();
        builder.HasIndex(m => new { m.MentorUserId, m.ApplicationId });
    }
}
