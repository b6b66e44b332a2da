namespace Hub.Application.DemoDay.Queries.GetScoringProgress;

/// <summary>Live progress of scoring, so late judges can be chased.</summary>
public sealed record DemoDayProgressDto(Guid DemoDayId, string Status, int SheetsIn, int SheetsExpected, IReadOnlyList<DemoDayJudgeProgressDto> Judges);
