using Ardalis.Specification;
using Hub.Domain.Training.TrainingProgrammes;

namespace Hub.Application.Training.Specifications;

/// <summary>The programmes a founder is enrolled in, with their participants.</summary>
public sealed class ProgrammesOfFounderSpec : Specification<TrainingProgramme>
{
    public ProgrammesOfFounderSpec(Guid founderUserId) =>
        Query.Where(p => p.Participants.Any(x => x.FounderUserId == founderUserId)).OrderBy(p => p.CreatedAt);
}
