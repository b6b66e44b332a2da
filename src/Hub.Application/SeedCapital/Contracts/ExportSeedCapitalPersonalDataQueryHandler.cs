using Hub.Application.Common.Persistence;
using Hub.Application.SeedCapital.Queries.GetGrant;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Contracts;

public sealed class ExportSeedCapitalPersonalDataQueryHandler(IReadRepository<Proposal> proposals, IReadRepository<Grant> grants, IReadRepository<CallForProposals> calls)
    : IQueryHandler<ExportSeedCapitalPersonalDataQuery, SeedCapitalPersonalDataDto>
{
    public async ValueTask<SeedCapitalPersonalDataDto> Handle(ExportSeedCapitalPersonalDataQuery query, CancellationToken cancellationToken) =>
        new(
            [.. (await proposals.ListAsync(new ProposalsOfFounderSpec(query.UserId), cancellationToken)).Select(p => new SeedCapitalPersonalProposalDto(
                p.Id.Value, p.CallId.Value, p.ApplicationId, p.VentureName, SeedCapitalMoneyDto.From(p.RequestedAmount), p.Summary, p.Status.ToString(),
                p.CreatedAt, p.SubmittedAt, p.DecidedAt, p.AwardedAmount))],
            [.. (await grants.ListAsync(new GrantsOfFounderSpec(query.UserId), cancellationToken)).Select(g => g.ToDto())],
            await EvaluationsAsync(query.UserId, cancellationToken));

    private async Task<IReadOnlyList<SeedCapitalPersonalEvaluationDto>> EvaluationsAsync(Guid evaluatorUserId, CancellationToken cancellationToken)
    {
        var evaluated = await proposals.ListAsync(new ProposalsEvaluatedBySpec(evaluatorUserId), cancellationToken);
        if (evaluated.Count == 0)
        {
            return [];
        }

        var titles = (await calls.ListAsync(new CallsByIdsSpec([.. evaluated.Select(p => p.CallId).Distinct()]), cancellationToken)).ToDictionary(c => c.Id, c => c.Title);
        return [.. evaluated.Select(p => (Proposal: p, Evaluation: p.EvaluationBy(evaluatorUserId)!)).Select(e => new SeedCapitalPersonalEvaluationDto(
            e.Proposal.Id.Value, e.Proposal.CallId.Value, titles.GetValueOrDefault(e.Proposal.CallId, string.Empty), e.Proposal.VentureName,
            e.Evaluation.ConflictOfInterest, e.Evaluation.Scores, e.Evaluation.Comment, e.Evaluation.EvaluatedAt, e.Evaluation.UpdatedAt))];
    }
}
