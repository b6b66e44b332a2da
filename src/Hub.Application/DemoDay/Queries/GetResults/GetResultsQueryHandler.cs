using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Queries.GetResults;

public sealed class GetResultsQueryHandler(IReadRepository<DemoDayEdition> days, ICurrentUser currentUser) : IQueryHandler<GetResultsQuery, DemoDayResultsDto>
{
    public async ValueTask<DemoDayResultsDto> Handle(GetResultsQuery query, CancellationToken cancellationToken)
    {
        var day = currentUser.EnsureCanSee(await days.GetByIdAsync(DemoDayEditionId.From(query.DemoDayId), cancellationToken), query.DemoDayId);
        if (!currentUser.IsManager() && day.Status != DemoDayStatus.Published)
        {
            throw new ForbiddenException("A judge sees the results once they are published.");
        }

        if (day.ResultsStatus is not { } status)
        {
            throw new StateConflictException("demoday.not-closed", "Results are computed once scoring closes.");
        }

        var method = RankingMethodNames.Parse(query.Method)!.Value;
        var pitches = day.Pitches.ToDictionary(p => p.Id);
        var ranked = day.RankingBy(method)?.Pitches ?? [];
        return new DemoDayResultsDto(
            day.Id.Value,
            status.ToString(),
            RankingMethodNames.Of(method),
            day.ResultsFailureReason,
            day.ResultsComputedAt,
            [.. ranked.Select(r => new DemoDayResultPitchDto(
                r.PitchId, r.Rank, r.NormalizedScore, r.RawMean, r.JudgeCount, pitches[r.PitchId].Slot, pitches[r.PitchId].ApplicationId, pitches[r.PitchId].VentureName,
                [.. day.Awards.Where(a => a.PitchId == r.PitchId).Select(a => a.Category)]))]);
    }
}
