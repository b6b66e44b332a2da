using Ardalis.Specification;
using Hub.Domain.Training.TrainingProgrammes;

namespace Hub.Application.Training.Specifications;

/// <summary>The programmes a founder is enrolled in.</summary>
public sealed class ProgrammeIdsOfFounderSpec : Specification<TrainingProgramme, TrainingProgrammeId>
{
    public ProgrammeIdsOfFounderSpec(Guid founderUserId) =>
        Query.Where(p => p.Participants.Any(x => x.FounderUserId == founderUserId)).Select(p => p.Id);
}
