using Ardalis.Specification;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Specifications;

/// <summary>Every session of some programmes, by start time (a programme holds at most a few hundred).</summary>
public sealed class SessionsOfProgrammesSpec : Specification<TrainingSession>
{
    public SessionsOfProgrammesSpec(IReadOnlyList<TrainingProgrammeId> programmeIds) =>
        Query.Where(s => programmeIds.Contains(s.ProgrammeId)).OrderBy(s => s.StartsAt).ThenBy(s => s.Id).AsNoTracking();
}
