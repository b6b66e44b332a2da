namespace Hub.Api.DemoDay;

public sealed record InviteJudgeRequest(Guid UserId);
