using Hub.Application.Common.Persistence;
using Hub.Application.DemoDay.Commands.SubmitScoreSheet;
using Hub.Application.DemoDay.Specifications;
using Hub.Domain.DemoDay.Editions;
using Hub.Domain.DemoDay.ScoreSheets;
using Mediator;

namespace Hub.Application.DemoDay.Contracts;

public sealed class ExportDemoDayPersonalDataQueryHandler(IReadRepository<DemoDayEdition> days, IReadRepository<ScoreSheet> sheets)
    : IQueryHandler<ExportDemoDayPersonalDataQuery, DemoDayPersonalDataDto>
{
    public async ValueTask<DemoDayPersonalDataDto> Handle(ExportDemoDayPersonalDataQuery query, CancellationToken cancellationToken)
    {
        var person = query.UserId;
        var all = await days.ListAsync(new AllDemoDaysSpec(), cancellationToken);
        return new DemoDayPersonalDataDto(
            [.. all.SelectMany(d => d.Pitches.Where(p => p.FounderUserId == person).Select(p => new DemoDayPersonalPitchDto(
                d.Id.Value, d.Name, d.HeldOn, p.Id, p.ApplicationId, p.VentureName, p.Slot, p.StartsAt,
                [.. d.Rankings.SelectMany(r => r.Pitches).Where(r => r.PitchId == p.Id).Select(r => r.Rank)],
                [.. d.Awards.Where(a => a.PitchId == p.Id).Select(a => a.Category)])))],
            [.. all.SelectMany(d => d.Judges.Where(j => j.UserId == person).Select(j => new DemoDayPersonalJudgeDto(d.Id.Value, d.Name, j.FullName, j.InvitedAt)))],
            [.. (await sheets.ListAsync(new ScoreSheetsOfJudgeSpec(person), cancellationToken)).Select(s => s.ToDto())]);
    }
}
