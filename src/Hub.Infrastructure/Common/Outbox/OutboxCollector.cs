using Hub.Application.Common.Messaging;
using Hub.Application.Common.Notifications;

namespace Hub.Infrastructure.Common.Outbox;

/// <summary>Holds what handlers put in the outbox until the module's DbContext writes it in its save.</summary>
internal sealed class OutboxCollector : IOutbox
{
    private readonly List<object> _pending = [];

    public void Add(IntegrationEvent integrationEvent) => _pending.Add(integrationEvent);

    public void Add(OutgoingNotification notification) => _pending.Add(notification);

    public IReadOnlyList<object> TakeAll()
    {
        var taken = _pending.ToList();
        _pending.Clear();
        return taken;
    }
}
