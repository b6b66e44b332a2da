using Hub.Domain.DemoDay.Editions;

namespace Hub.Domain.DemoDay.ScoreSheets;

/// <summary>One judge's scores of one pitch, revisable until scoring closes; every revision is kept.</summary>
public sealed class ScoreSheet : Common.AggregateRoot<ScoreSheetId>
{
    private List<ScoreSheetRevision> _revisions = [];

    private ScoreSheet()
    {
    }

    public DemoDayEditionId DemoDayId { get; private set; }

    public Guid PitchId { get; private set; }

    public Guid JudgeUserId { get; private set; }

    public IReadOnlyList<ScoreSheetRevision> Revisions => _revisions;

    public ScoreSheetRevision Current => _revisions[^1];

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The first version; the day has checked the judge, the conflicts and the scores (<see cref="DemoDayEdition.WeightedScoreOf"/>).</summary>
    public static ScoreSheet Submit(DemoDayEditionId demoDayId, Guid pitchId, Guid judgeUserId, IReadOnlyDictionary<string, decimal> scores, decimal weightedScore, DateTimeOffset now)
    {
        var sheet = new ScoreSheet { Id = ScoreSheetId.New(), DemoDayId = demoDayId, PitchId = pitchId, JudgeUserId = judgeUserId };
        sheet.Revise(scores, weightedScore, now);
        return sheet;
    }

    public void Revise(IReadOnlyDictionary<string, decimal> scores, decimal weightedScore, DateTimeOffset now)
    {
        _revisions = [.. _revisions, new ScoreSheetRevision(_revisions.Count + 1, new Dictionary<string, decimal>(scores), weightedScore, now)];
        UpdatedAt = now;
    }

    /// <summary>The version that counts for results: the last one saved by the moment scoring closed.</summary>
    public ScoreSheetRevision? CountedAt(DateTimeOffset closedAt) => _revisions.LastOrDefault(r => r.SubmittedAt <= closedAt);
}
