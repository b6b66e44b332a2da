namespace Hub.Infrastructure.Common.Idempotency;

public enum IdempotencyClaimOutcome
{
    /// <summary>The key is this request's: do the work, then complete or release it.</summary>
    Claimed,

    /// <summary>The key's first request is done: answer with its response.</summary>
    Replay,

    /// <summary>The key's first request is still running.</summary>
    InProgress,

    /// <summary>The key was first used with another method, path or body.</summary>
    Reused,
}
