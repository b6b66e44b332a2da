using Ardalis.Specification;
using Hub.Domain.Training.TrainingModules;

namespace Hub.Application.Training.Specifications;

public sealed class TrainingModuleByCodeSpec : Specification<TrainingModule>
{
    public TrainingModuleByCodeSpec(string code) => Query.Where(m => m.Code == code).AsNoTracking();
}
