using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.ListCallProposals;

public sealed class ListCallProposalsQueryHandler(IReadRepository<CallForProposals> calls, IReadRepository<Proposal> proposals, ICurrentUser currentUser)
    : IQueryHandler<ListCallProposalsQuery, PagedList<SeedCapitalProposalSummaryDto>>
{
    public async ValueTask<PagedList<SeedCapitalProposalSummaryDto>> Handle(ListCallProposalsQuery query, CancellationToken cancellationToken)
    {
        var call = await calls.RequireAsync(query.CallId, cancellationToken);
        var me = currentUser.RequireId();
        ProposalsOfCallPageSpec spec;
        if (currentUser.IsManager())
        {
            spec = new ProposalsOfCallPageSpec(call.Id, null, false, query.Page);
        }
        else if (currentUser.EvaluatesProposalsOf(call))
        {
            spec = new ProposalsOfCallPageSpec(call.Id, null, true, query.Page);
        }
        else if (currentUser.IsFounder())
        {
            spec = new ProposalsOfCallPageSpec(call.Id, me, false, query.Page);
        }
        else
        {
            // An evaluator of other calls: this call's proposals are none of theirs.
            throw new NotFoundException("Call", query.CallId);
        }

        return await proposals.ListPageAsync(
            spec,
            query.Page,
            p => new SeedCapitalProposalSummaryDto(
                p.Id.Value, p.CallId.Value, p.ApplicationId, p.FounderUserId, p.VentureName, SeedCapitalMoneyDto.From(p.RequestedAmount), p.Status.ToString(), p.SubmittedAt,
                p.EvaluationBy(me) is not null),
            cancellationToken);
    }
}
