namespace Hub.Api.DemoDay;

public sealed record ConflictDeclaredResponse(Guid JudgeUserId, Guid PitchId);
