using Hub.Application.Applicants.Commands.AdvanceIntake;
using Mediator;

namespace Hub.Application.Applicants.Jobs;

/// <summary>Scheduled for an intake's opening and closing moments.</summary>
public sealed class IntakeDeadlineJob(ISender sender)
{
    public async Task RunAsync(Guid intakeId, CancellationToken cancellationToken) =>
        await sender.Send(new AdvanceIntakeCommand(intakeId), cancellationToken);
}
