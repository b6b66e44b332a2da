namespace Hub.Application.Common.Messaging;

/// <summary>
/// A fact one module tells the others, through its outbox and each subscriber's inbox. <see cref="EventId"/> is the
/// same on every delivery of one event, and each subscribing handler runs once per event id.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; }
}
