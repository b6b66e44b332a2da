using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Contracts;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Awards;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetCallStanding;

public sealed class GetCallStandingQueryHandler(IReadRepository<CallForProposals> calls, IReadRepository<Proposal> proposals, ISender sender)
    : IQueryHandler<GetCallStandingQuery, SeedCapitalCallStandingDto>
{
    public async ValueTask<SeedCapitalCallStandingDto> Handle(GetCallStandingQuery query, CancellationToken cancellationToken)
    {
        var call = await calls.RequireAsync(query.CallId, cancellationToken);
        var all = await proposals.ListAsync(new ProposalsOfCallSpec(call.Id), cancellationToken);

        // The stored award, or the rule applied now to the submitted proposals: the same function the award runs.
        IReadOnlyList<(Guid ProposalId, int Rank, decimal Score, decimal? Amount)> ranking;
        decimal funded;
        decimal remaining;
        string? fingerprint = null;
        if (call.Award is { } award)
        {
            ranking = [.. award.Ranking.Select(r => (r.ProposalId, r.Rank, r.Score, r.AwardedAmount))];
            (funded, remaining) = (award.TotalAwarded.Amount, award.Remaining.Amount);
        }
        else
        {
            IReadOnlyList<AwardCandidate> candidates = [.. all.Where(p => p.Status == ProposalStatus.Submitted).Select(p => p.ToCandidate())];
            var outcome = call.RankNow(candidates);
            fingerprint = StandingFingerprint.Of(candidates, outcome);
            var amounts = outcome.Awarded.ToDictionary(a => a.ProposalId, a => a.Amount);
            ranking = [.. outcome.Ranking.Select(r => (r.ProposalId, r.Rank, r.Score, amounts.TryGetValue(r.ProposalId, out var a) ? a : (decimal?)null))];
            (funded, remaining) = (outcome.TotalAwarded, outcome.Remaining);
        }

        var byProposal = ranking.ToDictionary(r => r.ProposalId);
        var entries = all
            .Select(p =>
            {
                var ranked = byProposal.TryGetValue(p.Id.Value, out var r);
                return new SeedCapitalStandingEntryDto(
                    p.Id.Value,
                    p.VentureName,
                    p.Status.ToString(),
                    SeedCapitalMoneyDto.From(p.RequestedAmount),
                    p.SubmittedAt,
                    p.Evaluations.Count(e => !e.ConflictOfInterest),
                    p.Evaluations.Count(e => e.ConflictOfInterest),
                    ranked ? r.Rank : null,
                    ranked ? r.Score : null,
                    ranked && r.Amount is { } amount ? SeedCapitalMoneyDto.From(amount, call.Currency) : null,
                    [.. p.Evaluations.Where(e => e.Comment is not null).OrderBy(e => e.EvaluatedAt).Select(e => new SeedCapitalEvaluatorCommentDto(e.EvaluatorUserId, e.Comment!))]);
            })
            .OrderBy(e => e.Rank ?? int.MaxValue) // stable: the unranked keep their order of submission
            .ToList();

        // The committee by name: a person erased since is shown by id only.
        var reviewed = all.Where(p => p.Status != ProposalStatus.Draft).ToList();
        var evaluators = new List<SeedCapitalEvaluatorProgressDto>(call.Evaluators.Count);
        foreach (var userId in call.Evaluators)
        {
            var person = await sender.Send(new GetPersonQuery(userId), cancellationToken);
            evaluators.Add(new SeedCapitalEvaluatorProgressDto(
                userId, person?.FullName ?? userId.ToString(), person?.Email ?? string.Empty, reviewed.Count(p => p.EvaluationBy(userId) is not null)));
        }

        return new SeedCapitalCallStandingDto(
            call.Id.Value,
            call.Award is not null,
            evaluators,
            AwardRule.MinimumEvaluations,
            entries,
            SeedCapitalMoneyDto.From(funded, call.Currency),
            SeedCapitalMoneyDto.From(remaining, call.Currency),
            fingerprint);
    }
}
