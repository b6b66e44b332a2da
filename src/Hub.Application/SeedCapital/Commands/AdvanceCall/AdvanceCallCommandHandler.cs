using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Domain.SeedCapital.Calls;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.AdvanceCall;

public sealed class AdvanceCallCommandHandler(IRepository<CallForProposals> calls, TimeProvider clock) : ICommandHandler<AdvanceCallCommand, string>
{
    public async ValueTask<string> Handle(AdvanceCallCommand command, CancellationToken cancellationToken)
    {
        var call = await calls.GetByIdAsync(CallId.From(command.CallId), cancellationToken)
            ?? throw new NotFoundException("Call", command.CallId);
        if (call.Advance(clock.GetUtcNow()))
        {
            await calls.SaveChangesAsync(cancellationToken);
        }

        return call.Status.ToString();
    }
}
