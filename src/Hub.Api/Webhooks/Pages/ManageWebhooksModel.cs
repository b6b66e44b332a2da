using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.Webhooks.Commands.CreateWebhook;
using Hub.Application.Webhooks.Queries.GetWebhook;
using Hub.Application.Webhooks.Queries.ListWebhookDeliveries;
using Hub.Application.Webhooks.Queries.ListWebhooks;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Webhooks.Pages;

/// <summary>The admin's webhook subscriptions, each with its events, whether it is on and how its last delivery went; and a form to subscribe a URL.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class ManageWebhooksModel : HubPageModel
{
    public const string Route = "/admin/webhooks";

    [BindProperty]
    public WebhookInput Input { get; set; } = new();

    public IReadOnlyList<WebhooksSubscriptionDto> Webhooks { get; private set; } = [];

    public int TotalCount { get; private set; }

    /// <summary>Each subscription's newest delivery, when it has one.</summary>
    public IReadOnlyDictionary<Guid, WebhooksDeliveryDto> LastDeliveries { get; private set; } = new Dictionary<Guid, WebhooksDeliveryDto>();

    public async Task OnGetAsync()
    {
        var page = await TryGetAsync(new ListWebhooksQuery(new PageRequest(1, PageRequest.MaxPageSize)));
        Webhooks = page?.Items ?? [];
        TotalCount = page?.TotalCount ?? 0;

        // One query per subscription, through the API's own delivery log: a hub has a handful of partners, not hundreds.
        var last = new Dictionary<Guid, WebhooksDeliveryDto>();
        foreach (var webhook in Webhooks)
        {
            if ((await TryGetAsync(new ListWebhookDeliveriesQuery(webhook.Id, new PageRequest(1, 1))))?.Items is [var newest, ..])
            {
                last[webhook.Id] = newest;
            }
        }

        LastDeliveries = last;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var url = Input.Url ?? string.Empty;
        if (ModelState.IsValid && await TryAsync(ct => Sender.Send(new CreateWebhookCommand(url, Input.Events, Input.Secret!), ct).AsTask()))
        {
            return Done(Route, WebhooksText.Subscribed.With(url.Trim()));
        }

        await OnGetAsync();
        return Page();
    }
}
