namespace Hub.Domain.DemoDay.ScoreSheets;

/// <summary>One version of a sheet, kept for audit; the last one counts.</summary>
public sealed record ScoreSheetRevision(int Revision, IReadOnlyDictionary<string, decimal> Scores, decimal WeightedScore, DateTimeOffset SubmittedAt);
