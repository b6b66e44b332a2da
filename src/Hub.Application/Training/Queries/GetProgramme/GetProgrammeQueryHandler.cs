using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Training.Queries.ListProgrammes;
using Hub.Domain.Training.TrainingProgrammes;
using Mediator;

namespace Hub.Application.Training.Queries.GetProgramme;

public sealed class GetProgrammeQueryHandler(IReadRepository<TrainingProgramme> programmes) : IQueryHandler<GetProgrammeQuery, TrainingProgrammeDto>
{
    public async ValueTask<TrainingProgrammeDto> Handle(GetProgrammeQuery query, CancellationToken cancellationToken) =>
        TrainingProgrammeDto.Of(await programmes.GetByIdAsync(TrainingProgrammeId.From(query.Id), cancellationToken) ?? throw new NotFoundException("Training programme", query.Id));
}
