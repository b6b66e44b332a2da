using Hub.Api.Common.OpenApi;
using Hub.Application.Webhooks;
using Hub.Application.Webhooks.Payloads;
using Hub.Application.Webhooks.Queries.GetWebhook;
using Hub.Application.Webhooks.Queries.ListWebhookDeliveries;
using Hub.Domain.Webhooks;
using Hub.Domain.Webhooks.Deliveries;
using static Hub.Api.Common.OpenApi.ExampleValues;

namespace Hub.Api.Webhooks;

/// <summary>
/// The Webhooks requests and answers: the hub's website subscribing to new and decided applications. The signing secret
/// appears only in the requests, never in an answer; the delivery's body is the {id, type, occurredAt, data} posted.
/// </summary>
internal sealed class WebhooksOpenApiExamples : IOpenApiExampleCatalog
{
    private const string Url = "https://eudarkhan.mn/hooks/eu-dieh";

    private static readonly string[] Events = [WebhookEventTypes.ApplicationSubmitted, WebhookEventTypes.ApplicationDecided];

    private static readonly DateTimeOffset Subscribed = new(2026, 2, 20, 6, 15, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset FirstAttempt = Submitted.AddSeconds(2);

    /// <summary>Exactly what the hub posts (and signs): serialised as a real delivery is.</summary>
    private static readonly string Body = WebhookBody.Serialize(
        WebhookEventId, WebhookEventTypes.ApplicationSubmitted, Submitted, new ApplicationSubmittedData(ProgrammeApplicationId, IntakeId, "Дархан Сүү хоршоо"));

    public static IEnumerable<TypeExample> Examples =>
    [
        TypeExample.Of(new WebhookRequest(Url, Events, "whsec-9f2Kq7Lm4Xv8Rt1Np6Zb")),
        TypeExample.Of(new WebhookEditRequest(Url, [.. Events, WebhookEventTypes.CallAwarded], true, null)),
        TypeExample.Of(new WebhookCreatedResponse(WebhookId)),
        TypeExample.Of(new WebhooksSubscriptionDto(WebhookId, Url, Events, true, null, Subscribed, Subscribed, 1)),
        TypeExample.Of(new WebhookDeliveryQueuedResponse(DeliveryId, nameof(DeliveryStatus.Pending))),
        TypeExample.Of(new WebhooksDeliveryDto(
            DeliveryId,
            WebhookEventId,
            WebhookEventTypes.ApplicationSubmitted,
            nameof(DeliveryStatus.Succeeded),
            Submitted,
            null,
            Body,
            [
                new WebhooksAttemptDto(1, FirstAttempt, nameof(AttemptOutcome.HttpError), 503, 412, "<html><body>503 Service Unavailable</body></html>", false),
                new WebhooksAttemptDto(2, FirstAttempt.AddMinutes(1), nameof(AttemptOutcome.Succeeded), 200, 187, "{\"received\":true}", false),
            ])),
    ];
}
