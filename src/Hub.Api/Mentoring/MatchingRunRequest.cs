namespace Hub.Api.Mentoring;

/// <summary>Which intake to match, which pairs must be in the result (pins) and which may not (forbids).</summary>
public sealed record MatchingRunRequest(Guid IntakeId, IReadOnlyList<PairRequest>? Pins, IReadOnlyList<PairRequest>? Forbids);
