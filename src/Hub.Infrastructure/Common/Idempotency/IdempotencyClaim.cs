namespace Hub.Infrastructure.Common.Idempotency;

/// <summary>What trying to take a key gave: the key itself (with the token that proves it), a response to replay, or a refusal.</summary>
public sealed record IdempotencyClaim(IdempotencyClaimOutcome Outcome, Guid Token = default, StoredResponse? Response = null);
