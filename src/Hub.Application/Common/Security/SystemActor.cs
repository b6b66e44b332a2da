namespace Hub.Application.Common.Security;

/// <summary>
/// The hub itself, acting without a person: background jobs, the outbox and the inboxes. Its id stands in audit
/// fields (decided-by, created-by) where a person's would, so a record says the system did it.
/// </summary>
public static class SystemActor
{
    public static readonly Guid Id = new("00000000-0000-0000-0000-00000000005e");

    public const string Name = "EU-DIEH hub (system)";
}
