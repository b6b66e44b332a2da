using Hub.Application.Common.Persistence;
using Hub.Application.SeedCapital.Queries.GetGrant;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Contracts;

public sealed class ExportSeedCapitalPersonalDataQueryHandler(IReadRepository<Proposal> proposals, IReadRepository<Grant> grants)
    : IQueryHandler<ExportSeedCapitalPersonalDataQuery, SeedCapitalPersonalDataDto>
{
    public async ValueTask<SeedCapitalPersonalDataDto> Handle(ExportSeedCapitalPersonalDataQuery query, CancellationToken cancellationToken) =>
        new(
            [.. (await proposals.ListAsync(new ProposalsOfFounderSpec(query.UserId), cancellationToken)).Select(p => new SeedCapitalPersonalProposalDto(
                p.Id.Value, p.CallId.Value, p.ApplicationId, p.VentureName, SeedCapitalMoneyDto.From(p.RequestedAmount), p.Summary, p.Status.ToString(),
                p.CreatedAt, p.SubmittedAt, p.DecidedAt, p.AwardedAmount))],
            [.. (await grants.ListAsync(new GrantsOfFounderSpec(query.UserId), cancellationToken)).Select(g => g.ToDto())]);
}
