namespace Hub.Application.Webhooks;

/// <summary>
/// Queues the send job of new deliveries once what recorded them is committed: at once after a plain save, or when
/// the open transaction (an inbox handler's) commits; nothing when it rolls back.
/// </summary>
public interface IWebhookDeliveryQueue
{
    void SendWhenCommitted(IEnumerable<Guid> deliveryIds);
}
