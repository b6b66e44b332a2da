using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.Webhooks.Commands.DeleteWebhook;
using Hub.Application.Webhooks.Commands.EditWebhook;
using Hub.Application.Webhooks.Commands.PingWebhook;
using Hub.Application.Webhooks.Commands.RedeliverWebhook;
using Hub.Application.Webhooks.Queries.GetWebhook;
using Hub.Application.Webhooks.Queries.ListWebhookDeliveries;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Webhooks.Pages;

/// <summary>
/// One subscription: a form to change it (with the version the admin saw), a test ping, a confirm step to delete it,
/// and its delivery log, newest first and paged, each finished delivery with a button to send it again.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class WebhookDetailsModel : HubPageModel
{
    public const int DeliveriesPerPage = 20;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The page of the delivery log (<c>?p=</c>), from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Whether the admin is asked to confirm the deletion (<c>?delete=true</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Delete { get; set; }

    [BindProperty]
    public WebhookInput Input { get; set; } = new();

    public WebhooksSubscriptionDto? Webhook { get; private set; }

    public PagedList<WebhooksDeliveryDto>? Deliveries { get; private set; }

    public int PageCount => Deliveries is null ? 1 : Math.Max(1, (Deliveries.TotalCount + DeliveriesPerPage - 1) / DeliveriesPerPage);

    public string Self => $"{ManageWebhooksModel.Route}/{Id}";

    public async Task OnGetAsync() => await LoadAsync(keepInput: false);

    public Task<IActionResult> OnPostEditAsync()
    {
        var command = new EditWebhookCommand(Id, Input.Url ?? string.Empty, Input.Events, Input.Active, string.IsNullOrEmpty(Input.Secret) ? null : Input.Secret, Input.Version);
        return SendAsync(ct => Sender.Send(command, ct).AsTask(), Self, WebhooksText.Changed.ToString(), keepInput: true);
    }

    public Task<IActionResult> OnPostPingAsync() =>
        SendAsync(ct => Sender.Send(new PingWebhookCommand(Id), ct).AsTask(), Self, WebhooksText.Pinged.ToString());

    public Task<IActionResult> OnPostRedeliverAsync(Guid deliveryId) =>
        SendAsync(ct => Sender.Send(new RedeliverWebhookCommand(Id, deliveryId), ct).AsTask(), $"{Self}?p={PageNumber}", WebhooksText.Redelivered.ToString());

    public Task<IActionResult> OnPostDeleteAsync(string? url) =>
        SendAsync(ct => Sender.Send(new DeleteWebhookCommand(Id), ct).AsTask(), ManageWebhooksModel.Route, WebhooksText.Deleted.With(url));

    /// <summary>Sends one of the page's commands: done, back to <paramref name="then"/> with a message; refused, this page again with the reasons.</summary>
    /// <param name="keepInput">Whether a refused form keeps what the admin typed (and the version they saw) rather than the subscription as it is now.</param>
    private async Task<IActionResult> SendAsync(Func<CancellationToken, Task> send, string then, string message, bool keepInput = false)
    {
        if (ModelState.IsValid && await TryAsync(send))
        {
            return Done(then, message);
        }

        await LoadAsync(keepInput);
        return Page();
    }

    private async Task LoadAsync(bool keepInput)
    {
        Webhook = await TryGetAsync(new GetWebhookQuery(Id));
        if (Webhook is null)
        {
            return;
        }

        // A refused edit keeps the version the admin saw, so saving again is refused again until they reload.
        if (!keepInput)
        {
            Input = WebhookInput.Of(Webhook);
        }

        PageNumber = Math.Clamp(PageNumber, 1, PageRequest.MaxPage);
        Deliveries = await TryGetAsync(new ListWebhookDeliveriesQuery(Id, new PageRequest(PageNumber, DeliveriesPerPage)));
    }
}
