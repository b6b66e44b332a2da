using Ardalis.Specification;
using Hub.Domain.DemoDay.Editions;
using Hub.Domain.DemoDay.ScoreSheets;

namespace Hub.Application.DemoDay.Specifications;

public sealed class ScoreSheetOfJudgeSpec : SingleResultSpecification<ScoreSheet>
{
    public ScoreSheetOfJudgeSpec(DemoDayEditionId demoDayId, Guid pitchId, Guid judgeUserId) =>
        Query.Where(s => s.DemoDayId == demoDayId && s.PitchId == pitchId && s.JudgeUserId == judgeUserId);
}
