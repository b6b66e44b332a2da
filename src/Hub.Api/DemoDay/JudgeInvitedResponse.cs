namespace Hub.Api.DemoDay;

public sealed record JudgeInvitedResponse(Guid UserId);
