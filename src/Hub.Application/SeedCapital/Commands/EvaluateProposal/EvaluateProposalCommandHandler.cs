using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.EvaluateProposal;

public sealed class EvaluateProposalCommandHandler(
    IRepository<Proposal> proposals,
    IRepository<CallForProposals> calls,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<EvaluateProposalCommand, bool>
{
    public async ValueTask<bool> Handle(EvaluateProposalCommand command, CancellationToken cancellationToken)
    {
        var (proposal, call) = await proposals.RequireWithCallAsync(calls, command.ProposalId, cancellationToken);

        // An evaluator sees only the submitted proposals of the calls they evaluate: any other is unknown to them.
        if (!currentUser.EvaluatesProposalsOf(call) || proposal.Status == ProposalStatus.Draft)
        {
            throw new NotFoundException("Proposal", command.ProposalId);
        }

        var first = proposal.Evaluate(call, currentUser.RequireId(), command.ConflictOfInterest, command.Scores, clock.GetUtcNow(), command.Comment);
        await proposals.SaveChangesAsync(cancellationToken);
        return first;
    }
}
