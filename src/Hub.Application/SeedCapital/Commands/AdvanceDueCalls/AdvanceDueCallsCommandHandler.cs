using Hub.Application.Common.Persistence;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Calls;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.AdvanceDueCalls;

public sealed class AdvanceDueCallsCommandHandler(IRepository<CallForProposals> calls, TimeProvider clock) : ICommandHandler<AdvanceDueCallsCommand, int>
{
    public async ValueTask<int> Handle(AdvanceDueCallsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await calls.ListAsync(new CallsDueToAdvanceSpec(now), cancellationToken);
        var changed = due.Count(call => call.Advance(now));
        if (changed > 0)
        {
            await calls.SaveChangesAsync(cancellationToken);
        }

        return changed;
    }
}
