using Hub.Domain.Training.TrainingSessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Training.Persistence.Configurations;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    private const int StatusLength = 10;

    // Rows of the owned collections get a key the database generates: with a key set by the code (the founder's id),
    // EF Core would take a line added to a loaded session for an existing row and update it instead of inserting it.
    private const string RowId = "RowId";

    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).HasMaxLength(TrainingSession.MaxTitleLength);
        builder.Property(s => s.Venue).HasMaxLength(TrainingSession.MaxVenueLength);
        builder.Property(s => s.Link).HasMaxLength(TrainingSession.MaxLinkLength);
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(StatusLength);
        builder.Ignore(s => s.EndsAt);
        builder.HasIndex(s => new { s.ProgrammeId, s.StartsAt });
        builder.HasIndex(s => new { s.TrainerUserId, s.StartsAt });
        builder.HasIndex(s => s.StartsAt);

        builder.OwnsMany(s => s.Attendance, entry =>
        {
            entry.ToTable("attendance");
            entry.WithOwner().HasForeignKey("SessionId");
            entry.Property<int>(RowId);
            entry.HasKey(RowId);
            entry.HasIndex("SessionId", nameof(AttendanceEntry.FounderUserId)).IsUnique();
            entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(StatusLength);
            entry.HasIndex(e => new { e.FounderUserId, e.Status });
        });
        builder.Navigation(s => s.Attendance).HasField("_attendance");

        builder.OwnsMany(s => s.Corrections, correction =>
        {
            correction.ToTable("attendance_corrections");
            correction.WithOwner().HasForeignKey("SessionId");
            correction.Property<int>(RowId);
            correction.HasKey(RowId);
            correction.Property(c => c.OldStatus).HasConversion<string>().HasMaxLength(StatusLength);
            correction.Property(c => c.NewStatus).HasConversion<string>().HasMaxLength(StatusLength);
        });
        builder.Navigation(s => s.Corrections).HasField("_corrections");

        // One reminder per participant and session, whatever runs at once.
        builder.OwnsMany(s => s.Reminders, reminder =>
        {
            reminder.ToTable("session_reminders");
            reminder.WithOwner().HasForeignKey("SessionId");
            reminder.Property<int>(RowId);
            reminder.HasKey(RowId);
            reminder.HasIndex("SessionId", nameof(SessionReminder.FounderUserId)).IsUnique();
        });
        builder.Navigation(s => s.Reminders).HasField("_reminders");
    }
}
