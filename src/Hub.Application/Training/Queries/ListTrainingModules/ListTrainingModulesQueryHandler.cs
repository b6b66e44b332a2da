using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.TrainingModules;
using Mediator;

namespace Hub.Application.Training.Queries.ListTrainingModules;

public sealed class ListTrainingModulesQueryHandler(IReadRepository<TrainingModule> modules) : IQueryHandler<ListTrainingModulesQuery, PagedList<TrainingModuleDto>>
{
    public async ValueTask<PagedList<TrainingModuleDto>> Handle(ListTrainingModulesQuery query, CancellationToken cancellationToken) =>
        await modules.ListPageAsync(new TrainingModulesListSpec(query.Page), query.Page, cancellationToken);
}
