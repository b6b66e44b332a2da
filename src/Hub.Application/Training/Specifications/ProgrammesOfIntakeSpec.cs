using Ardalis.Specification;
using Hub.Domain.Training.TrainingProgrammes;

namespace Hub.Application.Training.Specifications;

/// <summary>The programmes of an intake, with their participants, to enrol someone in (tracked).</summary>
public sealed class ProgrammesOfIntakeSpec : Specification<TrainingProgramme>
{
    public ProgrammesOfIntakeSpec(Guid intakeId) => Query.Where(p => p.IntakeId == intakeId);
}
