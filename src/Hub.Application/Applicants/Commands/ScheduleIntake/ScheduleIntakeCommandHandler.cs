using Hub.Application.Applicants.Jobs;
using Hub.Application.Common.Jobs;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.Applicants.Intakes;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Hub.Application.Applicants.Commands.ScheduleIntake;

public sealed partial class ScheduleIntakeCommandHandler(
    IRepository<Intake> intakes,
    ICurrentUser currentUser,
    IBackgroundJobs jobs,
    TimeProvider clock,
    ILogger<ScheduleIntakeCommandHandler> logger) : ICommandHandler<ScheduleIntakeCommand, ScheduledIntake>
{
    public async ValueTask<ScheduledIntake> Handle(ScheduleIntakeCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var intake = Intake.Schedule(command.Name, command.OpensAt, command.ClosesAt, command.Capacity, currentUser.RequireId(), now);
        await intakes.AddAsync(intake, cancellationToken);

        // After the save: a delayed job at each moment. The intake is saved whatever happens here; should the
        // job store fail, the recurring sweep opens and closes it instead, at most a minute late.
        var id = intake.Id.Value;
        try
        {
            if (intake.OpensAt > now)
            {
                jobs.Schedule<IntakeDeadlineJob>(job => job.RunAsync(id, CancellationToken.None), intake.OpensAt);
            }

            jobs.Schedule<IntakeDeadlineJob>(job => job.RunAsync(id, CancellationToken.None), intake.ClosesAt);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogSchedulingFailed(logger, error, id);
        }

        return new ScheduledIntake(id, intake.Status.ToString());
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not schedule the deadline jobs of intake {IntakeId}; the sweep will advance it")]
    private static partial void LogSchedulingFailed(ILogger logger, Exception error, Guid intakeId);
}
