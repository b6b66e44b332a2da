namespace Hub.Infrastructure.Common.Security;

/// <summary>
/// Marks a service scope as the system actor's: background jobs, the outbox and inbox drains and start-up work run
/// in such scopes, so the commands they send are authorized and audited as the system rather than as nobody.
/// </summary>
public sealed class ActorScope
{
    public bool IsSystem { get; private set; }

    public void ActAsSystem() => IsSystem = true;
}
