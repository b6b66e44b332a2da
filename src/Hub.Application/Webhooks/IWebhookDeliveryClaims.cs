using Hub.Domain.Webhooks.Deliveries;

namespace Hub.Application.Webhooks;

/// <summary>
/// Takes a due attempt for this sender in one conditional update, so that two instances (or a job and the sweep)
/// never post the same attempt twice; the claim lapses at <c>until</c> should the sender die.
/// </summary>
public interface IWebhookDeliveryClaims
{
    /// <returns>False when the delivery is not pending, not due yet, or held by another sender.</returns>
    Task<bool> TryClaimAsync(WebhookDeliveryId deliveryId, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);
}
