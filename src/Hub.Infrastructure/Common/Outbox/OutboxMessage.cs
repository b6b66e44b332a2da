using Hub.Infrastructure.Common.Messaging;

namespace Hub.Infrastructure.Common.Outbox;

/// <summary>One integration event or notification waiting to leave its module, written in the same transaction as its cause.</summary>
internal sealed class OutboxMessage : QueuedMessage
{
    public static OutboxMessage From(object message, DateTimeOffset now)
    {
        var (type, payload) = MessageTypes.Serialize(message);
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = type,
            Payload = payload,
            OccurredAt = now,
        };
    }
}
