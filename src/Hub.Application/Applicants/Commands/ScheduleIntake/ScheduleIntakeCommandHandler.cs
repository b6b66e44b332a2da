using Hub.Application.Applicants.Jobs;
using Hub.Application.Common.Jobs;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.Applicants.Intakes;
using Mediator;

namespace Hub.Application.Applicants.Commands.ScheduleIntake;

public sealed class ScheduleIntakeCommandHandler(IRepository<Intake> intakes, ICurrentUser currentUser, IBackgroundJobs jobs, TimeProvider clock)
    : ICommandHandler<ScheduleIntakeCommand, ScheduledIntake>
{
    private static readonly TimeSpan DeadlineMargin = TimeSpan.FromSeconds(1);

    public async ValueTask<ScheduledIntake> Handle(ScheduleIntakeCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var intake = Intake.Schedule(command.Name, command.OpensAt, command.ClosesAt, command.Capacity, currentUser.RequireId(), now);
        await intakes.AddAsync(intake, cancellationToken);

        // After the save: a delayed job at each moment; the recurring sweep catches any that is lost.
        // The job store counts in whole seconds and may start a job up to a second before its time, when the
        // intake would not yet be due: one second later it always is.
        var id = intake.Id.Value;
        if (intake.OpensAt > now)
        {
            jobs.Schedule<IntakeDeadlineJob>(job => job.RunAsync(id, CancellationToken.None), intake.OpensAt + DeadlineMargin);
        }

        jobs.Schedule<IntakeDeadlineJob>(job => job.RunAsync(id, CancellationToken.None), intake.ClosesAt + DeadlineMargin);
        return new ScheduledIntake(id, intake.Status.ToString());
    }
}
