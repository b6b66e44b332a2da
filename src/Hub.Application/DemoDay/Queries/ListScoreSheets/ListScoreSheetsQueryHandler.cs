using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.DemoDay.Commands.SubmitScoreSheet;
using Hub.Application.DemoDay.Specifications;
using Hub.Domain.DemoDay.Editions;
using Hub.Domain.DemoDay.ScoreSheets;
using Mediator;

namespace Hub.Application.DemoDay.Queries.ListScoreSheets;

public sealed class ListScoreSheetsQueryHandler(IReadRepository<DemoDayEdition> days, IReadRepository<ScoreSheet> sheets, ICurrentUser currentUser)
    : IQueryHandler<ListScoreSheetsQuery, IReadOnlyList<DemoDayScoreSheetDto>>
{
    public async ValueTask<IReadOnlyList<DemoDayScoreSheetDto>> Handle(ListScoreSheetsQuery query, CancellationToken cancellationToken)
    {
        var day = currentUser.EnsureCanSee(await days.GetByIdAsync(DemoDayEditionId.From(query.DemoDayId), cancellationToken), query.DemoDayId);
        var judge = currentUser.IsManager() ? (Guid?)null : currentUser.EnsureJudgeOf(day);
        var list = await sheets.ListAsync(new ScoreSheetsOfDaySpec(day.Id, judge), cancellationToken);
        return [.. list.OrderBy(s => s.JudgeUserId).ThenBy(s => day.FindPitch(s.PitchId)?.Slot).Select(s => s.ToDto())];
    }
}
