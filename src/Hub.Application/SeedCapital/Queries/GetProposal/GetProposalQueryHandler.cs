using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetProposal;

public sealed class GetProposalQueryHandler(IRepository<Proposal> proposals, IRepository<CallForProposals> calls, ICurrentUser currentUser)
    : IQueryHandler<GetProposalQuery, SeedCapitalProposalDto>
{
    public async ValueTask<SeedCapitalProposalDto> Handle(GetProposalQuery query, CancellationToken cancellationToken)
    {
        var (proposal, call) = await proposals.RequireWithCallAsync(calls, query.Id, cancellationToken);
        if (!currentUser.CanRead(call, proposal))
        {
            throw new NotFoundException("Proposal", query.Id);
        }

        var evaluations = currentUser.IsManager() ? proposal.Evaluations
            : currentUser.EvaluatesProposalsOf(call) ? [.. proposal.Evaluations.Where(e => e.EvaluatorUserId == currentUser.Id)]
            : [];
        return proposal.ToDto(call, evaluations);
    }
}
