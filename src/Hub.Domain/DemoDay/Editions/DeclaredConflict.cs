namespace Hub.Domain.DemoDay.Editions;

/// <summary>A judge who may not score a pitch, declared by a manager or by the judge.</summary>
public sealed record DeclaredConflict(Guid JudgeUserId, Guid PitchId, Guid DeclaredBy, DateTimeOffset DeclaredAt);
