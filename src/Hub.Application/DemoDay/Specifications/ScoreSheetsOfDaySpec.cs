using Ardalis.Specification;
using Hub.Domain.DemoDay.Editions;
using Hub.Domain.DemoDay.ScoreSheets;

namespace Hub.Application.DemoDay.Specifications;

/// <summary>A day's sheets, or one judge's sheets of it.</summary>
public sealed class ScoreSheetsOfDaySpec : Specification<ScoreSheet>
{
    public ScoreSheetsOfDaySpec(DemoDayEditionId demoDayId, Guid? judgeUserId = null)
    {
        Query.Where(s => s.DemoDayId == demoDayId);
        if (judgeUserId is { } judge)
        {
            Query.Where(s => s.JudgeUserId == judge);
        }

        Query.AsNoTracking();
    }
}
