namespace Hub.Application.DemoDay.Queries.GetDemoDay;

public sealed record DemoDayJudgeDto(Guid UserId, string FullName);
