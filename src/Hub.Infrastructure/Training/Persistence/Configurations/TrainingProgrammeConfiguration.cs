using Hub.Domain.Training.Cohorts;
using Hub.Domain.Training.TrainingProgrammes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Training.Persistence.Configurations;

internal sealed class TrainingProgrammeConfiguration : IEntityTypeConfiguration<TrainingProgramme>
{
    // A key the database generates, as for the sessions' registers (see TrainingSessionConfiguration).
    private const string RowId = "RowId";

    public void Configure(EntityTypeBuilder<TrainingProgramme> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(TrainingProgramme.MaxNameLength);
        builder.HasIndex(p => p.IntakeId);
        builder.HasIndex(p => p.CreatedAt);

        // One enrolment per founder and programme: the database has the last word when two enrolments race.
        builder.OwnsMany(p => p.Participants, participant =>
        {
            participant.ToTable("participants");
            participant.WithOwner().HasForeignKey("ProgrammeId");
            participant.Property<int>(RowId);
            participant.HasKey(RowId);
            participant.HasIndex("ProgrammeId", nameof(Participant.FounderUserId)).IsUnique();
            participant.Property(x => x.FullName).HasMaxLength(CohortMember.MaxNameLength);
            participant.HasIndex(x => x.FounderUserId);
        });
        builder.Navigation(p => p.Participants).HasField("_participants");
    }
}
