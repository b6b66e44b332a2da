using Hub.Application.Common.Persistence;
using Hub.Application.Training.Specifications;
using Hub.Domain.Common;
using Hub.Domain.Training.TrainingModules;
using Mediator;

namespace Hub.Application.Training.Commands.AddTrainingModule;

public sealed class AddTrainingModuleCommandHandler(IRepository<TrainingModule> modules, TimeProvider clock) : ICommandHandler<AddTrainingModuleCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddTrainingModuleCommand command, CancellationToken cancellationToken)
    {
        var module = TrainingModule.Define(
            command.Code, command.Name, command.NameMn, command.PlannedHours,
            (command.Topics ?? []).Select(t => new TopicDefinition(t.Title, t.TitleMn, t.Hours)), clock.GetUtcNow());
        if (await modules.AnyAsync(new TrainingModuleByCodeSpec(module.Code), cancellationToken))
        {
            throw new StateConflictException("training-module.duplicate-code", $"A training module with code '{module.Code}' exists already.");
        }

        await modules.AddAsync(module, cancellationToken);
        return module.Id.Value;
    }
}
