using Hub.Domain.SeedCapital.Calls;

namespace Hub.Application.SeedCapital.Queries.GetCallAward;

internal static class CallAwardMapping
{
    public static SeedCapitalAwardDto ToDto(this CallAward award, CallId callId)
    {
        var currency = award.TotalAwarded.Currency.ToString();
        return new SeedCapitalAwardDto(
            callId.Value,
            [.. award.Ranking.Select(r => new SeedCapitalRankingEntryDto(r.ProposalId, r.Score, r.Evaluations, r.Rank))],
            [.. award.Ranking.Where(r => r.AwardedAmount is not null).Select(r => new SeedCapitalAwardedDto(r.ProposalId, r.AwardedAmount!.Value + 0.00m, currency))],
            SeedCapitalMoneyDto.From(award.TotalAwarded),
            SeedCapitalMoneyDto.From(award.Remaining),
            award.AwardedBy,
            award.AwardedAt);
    }
}
