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

    public async Task<IActionResult> OnPostEditAsync()
    {
        var command = new EditWebhookCommand(Id, Input.Url ?? string.Empty, Input.Events, Input.Active, string.IsNullOrEmpty(Input.Secret) ? null : Input.Secret, Input.Version);
        if (ModelState.IsValid && await TryAsync(ct => Sender.Send(command, ct).AsTask()))
        {
            return Done(Self, WebhooksText.Changed);
        }

        await LoadAsync(keepInput: true);
        return Page();
    }

    public async Task<IActionResult> OnPostPingAsync()
    {
        if (await TryAsync(ct => Sender.Send(new PingWebhookCommand(Id), ct).AsTask()))
        {
            return Done(Self, WebhooksText.Pinged);
        }

        await LoadAsync(keepInput: false);
        return Page();
    }

    public async Task<IActionResult> OnPostRedeliverAsync(Guid deliveryId)
    {
        if (await TryAsync(ct => Sender.Send(new RedeliverWebhookCommand(Id, deliveryId), ct).AsTask()))
        {
            return Done($"{Self}?p={PageNumber}", WebhooksText.Redelivered);
        }

        await LoadAsync(keepInput: false);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? url)
    {
        if (await TryAsync(ct => Sender.Send(new DeleteWebhookCommand(Id), ct).AsTask()))
        {
            return Done(ManageWebhooksModel.Route, WebhooksText.Deleted.With(url));
        }

        await LoadAsync(keepInput: false);
        return Page();
    }

    private async Task LoadAsync(bool keepInput)
    {
        Webhook = await TryGetAsync(new GetWebhookQuery(Id));
        if (Webhook is null)
        {
            return;
        }

        // A refused edit keeps what the admin typed and the version they saw, so saving again is refused again until they reload.
        if (!keepInput)
        {
            Input = WebhookInput.Of(Webhook);
        }

        PageNumber = Math.Clamp(PageNumber, 1, PageRequest.MaxPage);
        Deliveries = await TryGetAsync(new ListWebhookDeliveriesQuery(Id, new PageRequest(PageNumber, DeliveriesPerPage)));
    }
}
