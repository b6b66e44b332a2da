using Mediator;

namespace Hub.Application.Common.Messaging;

/// <summary>
/// A fact one module tells the others, through the outbox, at least once. Handlers must be idempotent:
/// <see cref="EventId"/> is the same on every delivery of one event.
/// </summary>
public abstract record IntegrationEvent : INotification
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; }
}
