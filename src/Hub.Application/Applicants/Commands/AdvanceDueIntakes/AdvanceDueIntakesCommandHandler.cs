using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Persistence;
using Hub.Domain.Applicants.Intakes;
using Mediator;

namespace Hub.Application.Applicants.Commands.AdvanceDueIntakes;

public sealed class AdvanceDueIntakesCommandHandler(IRepository<Intake> intakes, TimeProvider clock) : ICommandHandler<AdvanceDueIntakesCommand, int>
{
    public async ValueTask<int> Handle(AdvanceDueIntakesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await intakes.ListAsync(new IntakesDueToAdvanceSpec(now), cancellationToken);
        var changed = due.Count(intake => intake.Advance(now));
        if (changed > 0)
        {
            await intakes.SaveChangesAsync(cancellationToken);
        }

        return changed;
    }
}
