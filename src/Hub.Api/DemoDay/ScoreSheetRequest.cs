namespace Hub.Api.DemoDay;

/// <summary>A value for every criterion of the day, by criterion name, each within the day's scale.</summary>
public sealed record ScoreSheetRequest(IReadOnlyDictionary<string, decimal> Scores);
