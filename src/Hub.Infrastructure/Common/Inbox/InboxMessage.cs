using Hub.Infrastructure.Common.Messaging;

namespace Hub.Infrastructure.Common.Inbox;

/// <summary>
/// One integration event for one subscribing handler of this module, written by the outbox drain and handled once:
/// (<see cref="EventId"/>, <see cref="Handler"/>) is unique, so a second delivery of the event adds nothing.
/// </summary>
internal sealed class InboxMessage : QueuedMessage
{
    public const int MaxHandlerLength = 300;

    public Guid EventId { get; private init; }

    /// <summary>The subscription's name (the handler type's full name).</summary>
    public string Handler { get; private init; } = string.Empty;
}
