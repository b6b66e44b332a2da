using Ardalis.Specification;
using Hub.Domain.Training.TrainingProgrammes;

namespace Hub.Infrastructure.Training.DemoData;

internal sealed class ProgrammeNamedSpec : Specification<TrainingProgramme>
{
    public ProgrammeNamedSpec(string name) => Query.Where(p => p.Name == name);
}
