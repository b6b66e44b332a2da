using System.Text.Json;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Common;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Applicants.Persistence.Configurations;

internal sealed class ProgrammeApplicationConfiguration : IEntityTypeConfiguration<ProgrammeApplication>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ProgrammeApplication> builder)
    {
        builder.ToTable("applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.VentureName).HasMaxLength(200);
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.Sector).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(a => a.IsLive);

        builder.ComplexProperty(a => a.Founder, founder =>
        {
            founder.Property(f => f.FullName).HasMaxLength(200);
            founder.Property(f => f.Gender).HasConversion<string>().HasMaxLength(10);
            founder.Property(f => f.BirthYear);
            founder.Property(f => f.Soum).HasMaxLength(100);
            founder.Property(f => f.Phone).HasConversion(p => p.Value, v => PhoneNumber.Create(v, "phone")).HasMaxLength(20);
            founder.Property(f => f.Languages)
                .HasConversion(
                    codes => codes.Select(c => c.Value).ToArray(),
                    values => values.Select(v => LanguageCode.Create(v, "languages")).ToList(),
                    ListColumns.ItemComparer<LanguageCode>())
                .HasColumnType("text[]");
        });

        builder.Property(a => a.TeamMembers)
            .HasField("_teamMembers")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(
                team => JsonSerializer.Serialize(team.Select(m => new StoredTeamMember(m.FullName, m.Role)), Json),
                json => (JsonSerializer.Deserialize<List<StoredTeamMember>>(json, Json) ?? new List<StoredTeamMember>()).Select(m => TeamMember.Create(m.FullName, m.Role)).ToList(),
                ListColumns.ItemComparer<TeamMember>())
            .HasColumnType("jsonb");

        builder.OwnsOne(a => a.Decision, decision =>
        {
            decision.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(10);
            decision.Property(d => d.Reason).HasMaxLength(2000);
        });

        // One live application per founder per intake; the database has the last word when two requests race.
        builder.HasIndex(a => new { a.IntakeId, a.FounderUserId })
            .IsUnique()
            .HasFilter($"status <> '{nameof(ApplicationStatus.Withdrawn)}'")
            .HasDatabaseName("ux_applications_live_per_founder");
        builder.HasIndex(a => new { a.IntakeId, a.Status, a.CreatedAt });
        builder.HasIndex(a => new { a.FounderUserId, a.CreatedAt });
        builder.HasIndex(a => a.CreatedAt);
    }

    private sealed record StoredTeamMember(string FullName, string Role);
}
