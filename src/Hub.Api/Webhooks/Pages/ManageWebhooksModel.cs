using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.Webhooks.Commands.CreateWebhook;
using Hub.Application.Webhooks.Queries.GetWebhook;
using Hub.Application.Webhooks.Queries.ListLastDeliveries;
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
    public IReadOnlyDictionary<Guid, WebhooksLastDeliveryDto> LastDeliveries { get; private set; } = new Dictionary<Guid, WebhooksLastDeliveryDto>();

    public async Task OnGetAsync()
    {
        var page = await TryGetAsync(new ListWebhooksQuery(new PageRequest(1, PageRequest.MaxPageSize)));
        Webhooks = page?.Items ?? [];
        TotalCount = page?.TotalCount ?? 0;

        // Every listed subscription's newest delivery in one query.
        LastDeliveries = await TryGetAsync(new ListLastDeliveriesQuery([.. Webhooks.Select(w => w.Id)])) ?? new Dictionary<Guid, WebhooksLastDeliveryDto>();
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
