using Hub.Domain.Training.TrainingProgrammes;

namespace Hub.Application.Training.Queries.ListProgrammes;

public sealed record TrainingProgrammeDto(Guid Id, string Name, Guid IntakeId, int ParticipantCount, DateTimeOffset CreatedAt)
{
    public static TrainingProgrammeDto Of(TrainingProgramme programme) =>
        new(programme.Id.Value, programme.Name, programme.IntakeId, programme.ParticipantCount, programme.CreatedAt);
}
