using Ardalis.Specification;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Specifications;

/// <summary>The sessions of a programme that a trainer runs.</summary>
public sealed class SessionsOfProgrammeRunBySpec : Specification<TrainingSession>
{
    public SessionsOfProgrammeRunBySpec(TrainingProgrammeId programmeId, Guid trainerUserId) =>
        Query.Where(s => s.ProgrammeId == programmeId && s.TrainerUserId == trainerUserId);
}
