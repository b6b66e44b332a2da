namespace Hub.Api.DemoDay;

public sealed record DeclareConflictRequest(Guid JudgeUserId, Guid PitchId);
