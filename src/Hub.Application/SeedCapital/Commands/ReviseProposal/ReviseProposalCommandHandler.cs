using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.ReviseProposal;

public sealed class ReviseProposalCommandHandler(
    IRepository<Proposal> proposals,
    IRepository<CallForProposals> calls,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<ReviseProposalCommand>
{
    public async ValueTask<Unit> Handle(ReviseProposalCommand command, CancellationToken cancellationToken)
    {
        var (proposal, call) = await proposals.RequireWithCallAsync(calls, command.Id, cancellationToken);
        if (proposal.FounderUserId != currentUser.RequireId())
        {
            throw new NotFoundException("Proposal", command.Id);
        }

        proposal.EnsureVersion(command.ExpectedVersion);
        proposal.Revise(call, command.ToContent(call), clock.GetUtcNow());
        await proposals.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
