using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Common.Validation;
using Hub.Application.Identity.Contracts;
using Hub.Domain.Common;
using Hub.Domain.Training.TrainingModules;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Mediator;

namespace Hub.Application.Training.Commands.ScheduleSession;

public sealed class ScheduleSessionCommandHandler(
    IRepository<TrainingSession> sessions,
    IReadRepository<TrainingProgramme> programmes,
    IReadRepository<TrainingModule> modules,
    ISender sender,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<ScheduleSessionCommand, Guid>
{
    public async ValueTask<Guid> Handle(ScheduleSessionCommand command, CancellationToken cancellationToken)
    {
        var programme = await programmes.GetByIdAsync(TrainingProgrammeId.From(command.ProgrammeId), cancellationToken)
            ?? throw new NotFoundException("Training programme", command.ProgrammeId);
        var module = await modules.GetByIdAsync(TrainingModuleId.From(command.ModuleId), cancellationToken)
            ?? throw new BusinessRuleException("training-module.unknown", $"There is no training module {command.ModuleId}.");
        var trainer = await sender.Send(new GetPersonQuery(command.TrainerUserId), cancellationToken);
        if (trainer is null || !trainer.Roles.Contains(Roles.Trainer))
        {
            throw new BusinessRuleException("trainer.unknown", $"{command.TrainerUserId} is not a trainer's account: a manager creates trainers with POST /api/v1/users.");
        }

        var session = TrainingSession.Schedule(
            programme, module, command.Title, command.StartsAt, command.DurationMinutes, EnumNames.Parse<SessionMode>(command.Mode, "mode"),
            command.Venue, command.Link, trainer.Id, currentUser.RequireId(), clock.GetUtcNow());
        await sessions.AddAsync(session, cancellationToken);
        return session.Id.Value;
    }
}
