using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Webhooks.Queries.ListWebhookDeliveries;

/// <summary>A subscription's delivery log, newest first.</summary>
[AllowRoles(Roles.Admin)]
public sealed record ListWebhookDeliveriesQuery(Guid SubscriptionId, PageRequest Page) : IQuery<PagedList<WebhooksDeliveryDto>>;
