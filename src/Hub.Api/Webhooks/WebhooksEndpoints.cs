using Hub.Api.Common.Endpoints;
using Hub.Api.Common.OpenApi;
using Hub.Api.Common.Security;
using Hub.Application.Webhooks.Commands.CreateWebhook;
using Hub.Application.Webhooks.Commands.DeleteWebhook;
using Hub.Application.Webhooks.Commands.EditWebhook;
using Hub.Application.Webhooks.Commands.PingWebhook;
using Hub.Application.Webhooks.Commands.RedeliverWebhook;
using Hub.Application.Webhooks.Queries.GetWebhook;
using Hub.Application.Webhooks.Queries.ListWebhookDeliveries;
using Hub.Application.Webhooks.Queries.ListWebhooks;
using Hub.Domain.Webhooks.Deliveries;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using System.ComponentModel;

namespace Hub.Api.Webhooks;

/// <summary>Webhook subscriptions (admin): signed deliveries of the hub's events to partner systems, with their log.</summary>
internal sealed class WebhooksEndpoints : IEndpointGroup
{
    private const string ETagDescription = "The subscription's version, to send as If-Match with the next edit.";

    public static string Prefix => "/webhooks";

    public static string Tag => "Webhooks";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", Create)
            .WithName("CreateWebhook")
            .WithSummary("Subscribe a URL to events")
            .WithDescription("Each event is POSTed as {id, type, occurredAt, data} with X-Hub-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>, X-Hub-Event and X-Hub-Delivery; failures are retried with back-off. url must be https to a public address; the secret (16–200 characters) is never shown again.")
            .ProducesValidationProblem()
            .Sends<CreateWebhookCommand>();

        group.MapGet("/", List)
            .WithName("ListWebhooks")
            .WithSummary("List webhook subscriptions")
            .ProducesValidationProblem()
            .Sends<ListWebhooksQuery>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetWebhook")
            .WithSummary("Get a webhook subscription")
            .WithDescription("disabledReason says why the hub turned the subscription off by itself. The ETag header is the version for If-Match.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetWebhookQuery>();

        group.MapPut("/{id:guid}", Edit)
            .WithName("EditWebhook")
            .WithSummary("Change a webhook subscription")
            .WithDescription("url, events and active; secret only when given. Turning a subscription back on clears disabledReason. A stale If-Match is a 409.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<EditWebhookCommand>();

        group.MapDelete("/{id:guid}", Delete)
            .WithName("DeleteWebhook")
            .WithSummary("Delete a webhook subscription")
            .WithDescription("Its delivery log goes with it; attempts still scheduled are dropped. 409 when it changed meanwhile.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<DeleteWebhookCommand>();

        group.MapGet("/{id:guid}/deliveries", Deliveries)
            .WithName("ListWebhookDeliveries")
            .WithSummary("A subscription's delivery log")
            .WithDescription("Newest first, each with the exact body posted and every attempt: time, outcome, status code, duration and the start of the answer.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<ListWebhookDeliveriesQuery>();

        group.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", Redeliver)
            .WithName("RedeliverWebhook")
            .WithSummary("Send a delivery again")
            .WithDescription("One more attempt now, with the same body and event id, after it succeeded or failed; 409 while it is still being attempted.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<RedeliverWebhookCommand>();

        group.MapPost("/{id:guid}/ping", Ping)
            .WithName("PingWebhook")
            .WithSummary("Send a test ping")
            .WithDescription("A 'ping' event through the same path as real events: signed, logged and retried.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<PingWebhookCommand>();
    }

    private static async Task<Created<WebhookCreatedResponse>> Create(WebhookRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreateWebhookCommand(request.Url, request.Events ?? [], request.Secret), cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{id}", new WebhookCreatedResponse(id));
    }

    private static async Task<Ok<ListResponse<WebhooksSubscriptionDto>>> List([AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<WebhooksSubscriptionDto>.From(await sender.Send(new ListWebhooksQuery(page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<WebhooksSubscriptionDto>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var webhook = await sender.Send(new GetWebhookQuery(id), cancellationToken);
        response.Headers.ETag = IfMatch.ETag(webhook.Version);
        return TypedResults.Ok(webhook);
    }

    private static async Task<Ok<WebhooksSubscriptionDto>> Edit(
        Guid id,
        WebhookEditRequest request,
        [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch,
        ISender sender,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var current = await sender.Send(new GetWebhookQuery(id), cancellationToken);
        await sender.Send(
            new EditWebhookCommand(id, request.Url, request.Events ?? [], request.Active ?? current.Active, request.Secret, IfMatch.Version(ifMatch)), cancellationToken);
        var webhook = await sender.Send(new GetWebhookQuery(id), cancellationToken);
        response.Headers.ETag = IfMatch.ETag(webhook.Version);
        return TypedResults.Ok(webhook);
    }

    private static async Task<NoContent> Delete(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteWebhookCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ListResponse<WebhooksDeliveryDto>>> Deliveries(Guid id, [AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<WebhooksDeliveryDto>.From(await sender.Send(new ListWebhookDeliveriesQuery(id, page.ToPageRequest()), cancellationToken)));

    private static async Task<Accepted<WebhookDeliveryQueuedResponse>> Redeliver(Guid id, Guid deliveryId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RedeliverWebhookCommand(id, deliveryId), cancellationToken);
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", new WebhookDeliveryQueuedResponse(deliveryId, nameof(DeliveryStatus.Pending)));
    }

    private static async Task<Accepted<WebhookDeliveryQueuedResponse>> Ping(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var deliveryId = await sender.Send(new PingWebhookCommand(id), cancellationToken);
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", new WebhookDeliveryQueuedResponse(deliveryId, nameof(DeliveryStatus.Pending)));
    }
}
