using Hub.Domain.Common;
using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Domain.Webhooks.Deliveries;

/// <summary>
/// One event for one subscription: the exact body that is signed and posted (the same bytes on every attempt, so a
/// receiver dedupes on the event id), and its attempts. Pending until an attempt succeeds or the allowed attempts
/// of the current round have failed; a manual redelivery starts a round of one attempt.
/// </summary>
public sealed class WebhookDelivery : AggregateRoot<WebhookDeliveryId>
{
    public const int MaxEventTypeLength = 60;

    private readonly List<DeliveryAttempt> _attempts = [];

    private WebhookDelivery()
    {
    }

    public WebhookSubscriptionId SubscriptionId { get; private set; }

    /// <summary>The event's id, sent as the body's <c>id</c>; unique per subscription.</summary>
    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DeliveryStatus Status { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>Until when one sender holds the due attempt (set by the claim in the database, cleared when recorded).</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public int RoundAttempts { get; private set; }

    public int RoundLimit { get; private set; }

    public bool ManualRound { get; private set; }

    public IReadOnlyList<DeliveryAttempt> Attempts => _attempts;

    public static WebhookDelivery Create(WebhookSubscriptionId subscriptionId, Guid eventId, string eventType, string body, int maxAttempts, DateTimeOffset now) => new()
    {
        Id = WebhookDeliveryId.New(),
        SubscriptionId = subscriptionId,
        EventId = eventId,
        EventType = eventType,
        Body = body,
        CreatedAt = now,
        Status = DeliveryStatus.Pending,
        NextAttemptAt = now,
        RoundLimit = maxAttempts,
    };

    public bool IsDue(DateTimeOffset now) => Status == DeliveryStatus.Pending && NextAttemptAt <= now;

    /// <summary>Records an attempt and decides what follows: done, another attempt after the back-off, or failed.</summary>
    public void RecordAttempt(DateTimeOffset startedAt, AttemptResult result, RetrySchedule schedule, DateTimeOffset now)
    {
        if (Status != DeliveryStatus.Pending)
        {
            throw new StateConflictException("webhook.delivery_not_pending", "This delivery has no attempt due.");
        }

        _attempts.Add(DeliveryAttempt.From(_attempts.Count + 1, startedAt, result, ManualRound));
        ClaimedUntil = null;
        RoundAttempts++;
        if (result.Succeeded)
        {
            Status = DeliveryStatus.Succeeded;
            NextAttemptAt = null;
            return;
        }

        var next = RoundAttempts < RoundLimit ? schedule.NextAttemptAt(RoundAttempts, now) : null;
        Status = next is null ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        NextAttemptAt = next;
    }

    /// <summary>A person asks for one more attempt now, whatever happened before; 409 while one is already due.</summary>
    public void Redeliver(DateTimeOffset now)
    {
        if (Status == DeliveryStatus.Pending)
        {
            throw new StateConflictException("webhook.delivery_pending", "This delivery is still being attempted; redeliver it once it has succeeded or failed.");
        }

        Status = DeliveryStatus.Pending;
        NextAttemptAt = now;
        RoundAttempts = 0;
        RoundLimit = 1;
        ManualRound = true;
    }
}
