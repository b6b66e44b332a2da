using Ardalis.Specification;
using Hub.Domain.DemoDay.ScoreSheets;

namespace Hub.Application.DemoDay.Specifications;

/// <summary>Every score sheet a judge handed in, on any Demo Day.</summary>
public sealed class ScoreSheetsOfJudgeSpec : Specification<ScoreSheet>
{
    public ScoreSheetsOfJudgeSpec(Guid judgeUserId) =>
        Query.Where(s => s.JudgeUserId == judgeUserId).OrderBy(s => s.UpdatedAt).AsNoTracking();
}
