namespace Hub.Application.DemoDay.Queries.GetDemoDay;

public sealed record DemoDayConflictDto(Guid JudgeUserId, Guid PitchId);
