using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.Training.TrainingModules;

namespace Hub.Application.Training.Specifications;

/// <summary>The curriculum in the order it was defined; with no page, all of it.</summary>
public sealed class TrainingModulesPageSpec : Specification<TrainingModule>
{
    public TrainingModulesPageSpec(PageRequest? page = null)
    {
        Query.OrderBy(m => m.CreatedAt).ThenBy(m => m.Code).AsNoTracking();
        if (page is not null)
        {
            Query.Page(page);
        }
    }
}
