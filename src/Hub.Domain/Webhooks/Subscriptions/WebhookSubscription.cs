using Hub.Domain.Common;

namespace Hub.Domain.Webhooks.Subscriptions;

/// <summary>
/// A partner's URL and the events it wants, with the secret its deliveries are signed with (kept only in protected
/// form: the hub must read it back to sign, so it cannot be a hash). An inactive subscription gets no new deliveries.
/// </summary>
public sealed class WebhookSubscription : AggregateRoot<WebhookSubscriptionId>
{
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 200;
    public const int MaxDisabledReasonLength = 500;

    private WebhookSubscription()
    {
    }

    public string Url { get; private set; } = string.Empty;

    public IReadOnlyList<string> Events { get; private set; } = [];

    public string ProtectedSecret { get; private set; } = string.Empty;

    public bool Active { get; private set; }

    /// <summary>Why the hub turned the subscription off by itself; null when active or turned off by an admin.</summary>
    public string? DisabledReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static WebhookSubscription Create(string url, IEnumerable<string> events, string protectedSecret, DateTimeOffset now) => new()
    {
        Id = WebhookSubscriptionId.New(),
        Url = url,
        Events = Known(events),
        ProtectedSecret = protectedSecret,
        Active = true,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public bool Wants(string eventType) => Active && Events.Contains(eventType, StringComparer.Ordinal);

    /// <summary>Changes what is given; a null <paramref name="protectedSecret"/> keeps the secret.</summary>
    public void Edit(string url, IEnumerable<string> events, bool active, string? protectedSecret, DateTimeOffset now)
    {
        Url = url;
        Events = Known(events);
        if (active && !Active)
        {
            DisabledReason = null;
        }

        Active = active;
        ProtectedSecret = protectedSecret ?? ProtectedSecret;
        UpdatedAt = now;
    }

    /// <summary>The hub stops sending to a receiver that has failed every delivery for a long time.</summary>
    public void DisableForFailures(string reason, DateTimeOffset now)
    {
        if (!Active)
        {
            return;
        }

        Active = false;
        DisabledReason = reason.Length > MaxDisabledReasonLength ? reason[..MaxDisabledReasonLength] : reason;
        UpdatedAt = now;
    }

    private static List<string> Known(IEnumerable<string> events)
    {
        var list = events.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            throw new InvalidValueException("events", "'events' must name at least one event.");
        }

        var unknown = list.Where(e => !WebhookEventTypes.IsKnown(e)).ToList();
        return unknown.Count == 0
            ? list
            : throw new InvalidValueException("events", $"Unknown event(s) {string.Join(", ", unknown.Take(5))}; known events are {string.Join(", ", WebhookEventTypes.All)}.");
    }
}
