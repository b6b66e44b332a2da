using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Training.Queries.ListTrainingModules;
using Hub.Domain.Training.TrainingModules;
using Mediator;

namespace Hub.Application.Training.Queries.GetTrainingModule;

public sealed class GetTrainingModuleQueryHandler(IReadRepository<TrainingModule> modules) : IQueryHandler<GetTrainingModuleQuery, TrainingModuleDto>
{
    public async ValueTask<TrainingModuleDto> Handle(GetTrainingModuleQuery query, CancellationToken cancellationToken) =>
        (await modules.GetByIdAsync(TrainingModuleId.From(query.Id), cancellationToken) ?? throw new NotFoundException("Training module", query.Id)).ToDto();
}
