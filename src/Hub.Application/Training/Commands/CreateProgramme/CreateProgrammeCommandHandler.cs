using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Jobs;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Training.Jobs;
using Hub.Domain.Common;
using Hub.Domain.Training.Cohorts;
using Hub.Domain.Training.TrainingProgrammes;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Hub.Application.Training.Commands.CreateProgramme;

public sealed partial class CreateProgrammeCommandHandler(
    IRepository<TrainingProgramme> programmes,
    IReadRepository<CohortMember> members,
    ISender sender,
    ICurrentUser currentUser,
    IBackgroundJobs jobs,
    TimeProvider clock,
    ILogger<CreateProgrammeCommandHandler> logger) : ICommandHandler<CreateProgrammeCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateProgrammeCommand command, CancellationToken cancellationToken)
    {
        if (!await sender.Send(new IntakeExistsQuery(command.IntakeId), cancellationToken))
        {
            throw new BusinessRuleException("intake.unknown", $"There is no intake {command.IntakeId}: a programme is for the cohort of an existing intake.");
        }

        var now = clock.GetUtcNow();
        var programme = TrainingProgramme.Create(command.Name, command.IntakeId, currentUser.RequireId(), now);
        await programme.EnrolCohortAsync(members, sender, now, cancellationToken);
        await programmes.AddAsync(programme, cancellationToken);

        // An acceptance handled while this programme was being saved saw no programme to enrol into; a second look
        // once it is committed finds it, since the acceptance was committed before its event went out.
        var id = programme.Id.Value;
        try
        {
            jobs.Enqueue<EnrolCohortJob>(job => job.RunAsync(id, CancellationToken.None));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogRecheckFailed(logger, error, id);
        }

        return id;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not enqueue the enrolment re-check of programme {ProgrammeId}")]
    private static partial void LogRecheckFailed(ILogger logger, Exception error, Guid programmeId);
}
