using Hub.Application.Common.Persistence;
using Hub.Application.DemoDay.Specifications;
using Hub.Domain.DemoDay.Editions;
using Hub.Domain.DemoDay.Mentorships;
using Hub.Domain.DemoDay.ScoreSheets;
using Mediator;

namespace Hub.Application.DemoDay.Queries.GetScoringProgress;

public sealed class GetScoringProgressQueryHandler(
    IReadRepository<DemoDayEdition> days,
    IReadRepository<ScoreSheet> sheets,
    IReadRepository<KnownMentorship> mentorships) : IQueryHandler<GetScoringProgressQuery, DemoDayProgressDto>
{
    public async ValueTask<DemoDayProgressDto> Handle(GetScoringProgressQuery query, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(query.DemoDayId, cancellationToken);
        var conflicted = await mentorships.ConflictedPairsAsync(day, cancellationToken);
        var byCell = (await sheets.ListAsync(new ScoreSheetsOfDaySpec(day.Id), cancellationToken)).ToDictionary(s => (s.JudgeUserId, s.PitchId));
        var judges = day.Judges.Select(judge =>
        {
            var cells = day.Pitches.OrderBy(p => p.Slot).Select(p =>
            {
                var sheet = byCell.GetValueOrDefault((judge.UserId, p.Id));
                return new DemoDayProgressCellDto(p.Id, sheet is not null, conflicted.Contains((judge.UserId, p.Id)), sheet?.Revisions.Count ?? 0, sheet?.UpdatedAt);
            }).ToList();
            return new DemoDayJudgeProgressDto(judge.UserId, judge.FullName, cells.Count(c => c.Scored && !c.Conflicted), cells.Count(c => !c.Conflicted), cells);
        }).ToList();
        return new DemoDayProgressDto(day.Id.Value, day.Status.ToString(), judges.Sum(j => j.Scored), judges.Sum(j => j.ToScore), judges);
    }
}
