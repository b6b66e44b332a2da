using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.ListMyProposals;

public sealed class ListMyProposalsQueryHandler(
    IReadRepository<Proposal> proposals,
    IReadRepository<CallForProposals> calls,
    IReadRepository<Grant> grants,
    ICurrentUser currentUser,
    TimeProvider clock) : IQueryHandler<ListMyProposalsQuery, IReadOnlyList<SeedCapitalMyProposalDto>>
{
    public async ValueTask<IReadOnlyList<SeedCapitalMyProposalDto>> Handle(ListMyProposalsQuery query, CancellationToken cancellationToken)
    {
        var founderId = currentUser.RequireId();
        var own = await proposals.ListAsync(new ProposalsOfFounderSpec(founderId), cancellationToken);
        if (own.Count == 0)
        {
            return [];
        }

        var byId = (await calls.ListAsync(new CallsByIdsSpec([.. own.Select(p => p.CallId).Distinct()]), cancellationToken)).ToDictionary(c => c.Id);
        var grantOf = (await grants.ListAsync(new GrantsOfFounderSpec(founderId), cancellationToken)).ToDictionary(g => g.ProposalId, g => g.Id.Value);
        var now = clock.GetUtcNow();
        return [.. own.OrderByDescending(p => p.CreatedAt).Select(p =>
        {
            var call = byId[p.CallId];
            return new SeedCapitalMyProposalDto(
                p.Id.Value, call.Id.Value, call.Title, call.StatusAt(now).ToString(), call.ClosesAt, p.VentureName, SeedCapitalMoneyDto.From(p.RequestedAmount),
                p.Status.ToString(), p.CreatedAt, p.SubmittedAt, p.DecidedAt,
                p.AwardedAmount is { } awarded ? SeedCapitalMoneyDto.From(awarded, call.Currency) : null,
                grantOf.TryGetValue(p.Id, out var grantId) ? grantId : null, p.Version);
        })];
    }
}
