namespace Hub.Application.DemoDay.Contracts;

public sealed record DemoDayPersonalJudgeDto(Guid DemoDayId, string DemoDayName, string FullName, DateTimeOffset InvitedAt);
