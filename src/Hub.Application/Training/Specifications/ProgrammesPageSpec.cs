using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.Training.TrainingProgrammes;

namespace Hub.Application.Training.Specifications;

public sealed class ProgrammesPageSpec : Specification<TrainingProgramme>
{
    public ProgrammesPageSpec(Guid? intakeId, PageRequest page) =>
        Query.Where(p => intakeId == null || p.IntakeId == intakeId)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Page(page)
            .AsNoTracking();
}
