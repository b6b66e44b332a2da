using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Domain.Applicants.Intakes;
using Mediator;

namespace Hub.Application.Applicants.Commands.AdvanceIntake;

public sealed class AdvanceIntakeCommandHandler(IRepository<Intake> intakes, TimeProvider clock) : ICommandHandler<AdvanceIntakeCommand, string>
{
    public async ValueTask<string> Handle(AdvanceIntakeCommand command, CancellationToken cancellationToken)
    {
        var intake = await intakes.GetByIdAsync(IntakeId.From(command.IntakeId), cancellationToken)
            ?? throw new NotFoundException("Intake", command.IntakeId);
        if (intake.Advance(clock.GetUtcNow()))
        {
            await intakes.SaveChangesAsync(cancellationToken);
        }

        return intake.Status.ToString();
    }
}
