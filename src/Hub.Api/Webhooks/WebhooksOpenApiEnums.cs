using Hub.Api.Common.OpenApi;
using Hub.Application.Webhooks.Queries.GetWebhook;
using Hub.Application.Webhooks.Queries.ListWebhookDeliveries;
using Hub.Domain.Webhooks;
using Hub.Domain.Webhooks.Deliveries;

namespace Hub.Api.Webhooks;

/// <summary>The Webhooks strings that come from a fixed list, as enums in the OpenAPI document.</summary>
internal sealed class WebhooksOpenApiEnums : IOpenApiEnumCatalog
{
    private static readonly OpenApiEnum Events = new("WebhookEvent", WebhookEventTypes.All);

    public static IEnumerable<OpenApiEnumProperty> Properties =>
    [
        OpenApiEnumProperty.For<WebhookRequest>(nameof(WebhookRequest.Events), Events),
        OpenApiEnumProperty.For<WebhookEditRequest>(nameof(WebhookEditRequest.Events), Events),
        OpenApiEnumProperty.For<WebhooksSubscriptionDto>(nameof(WebhooksSubscriptionDto.Events), Events),
        OpenApiEnumProperty.For<WebhooksDeliveryDto>(nameof(WebhooksDeliveryDto.Status), OpenApiEnum.Of<DeliveryStatus>()),
        OpenApiEnumProperty.For<WebhookDeliveryQueuedResponse>(nameof(WebhookDeliveryQueuedResponse.Status), OpenApiEnum.Of<DeliveryStatus>()),
        OpenApiEnumProperty.For<WebhooksAttemptDto>(nameof(WebhooksAttemptDto.Outcome), OpenApiEnum.Of<AttemptOutcome>()),
    ];
}
