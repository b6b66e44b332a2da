namespace Hub.Application.DemoDay.Queries.GetScoringProgress;

/// <summary>One judge × pitch cell: scored or not (never the scores), or conflicted.</summary>
public sealed record DemoDayProgressCellDto(Guid PitchId, bool Scored, bool Conflicted, int Revisions, DateTimeOffset? LastSubmittedAt);
