using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.TrainingProgrammes;
using Mediator;

namespace Hub.Application.Training.Queries.ListProgrammes;

public sealed class ListProgrammesQueryHandler(IReadRepository<TrainingProgramme> programmes) : IQueryHandler<ListProgrammesQuery, PagedList<TrainingProgrammeDto>>
{
    public async ValueTask<PagedList<TrainingProgrammeDto>> Handle(ListProgrammesQuery query, CancellationToken cancellationToken) =>
        await programmes.ListPageAsync(new ProgrammesPageSpec(query.IntakeId, query.Page), query.Page, TrainingProgrammeDto.Of, cancellationToken);
}
