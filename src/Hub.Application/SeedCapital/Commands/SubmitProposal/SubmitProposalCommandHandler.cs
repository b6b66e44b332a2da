using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.SubmitProposal;

public sealed class SubmitProposalCommandHandler(
    IRepository<Proposal> proposals,
    IRepository<CallForProposals> calls,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<SubmitProposalCommand, string>
{
    public async ValueTask<string> Handle(SubmitProposalCommand command, CancellationToken cancellationToken)
    {
        var (proposal, call) = await proposals.RequireWithCallAsync(calls, command.Id, cancellationToken);
        if (proposal.FounderUserId != currentUser.RequireId())
        {
            throw new NotFoundException("Proposal", command.Id);
        }

        proposal.Submit(call, clock.GetUtcNow());
        await proposals.SaveChangesAsync(cancellationToken);
        return proposal.Status.ToString();
    }
}
