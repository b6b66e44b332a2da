namespace Hub.Application.DemoDay.Queries.GetScoringProgress;

public sealed record DemoDayJudgeProgressDto(Guid JudgeUserId, string FullName, int Scored, int ToScore, IReadOnlyList<DemoDayProgressCellDto> Pitches);
