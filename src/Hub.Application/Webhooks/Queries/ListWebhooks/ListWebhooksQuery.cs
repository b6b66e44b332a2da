using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Application.Webhooks.Queries.GetWebhook;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Webhooks.Queries.ListWebhooks;

/// <summary>The subscriptions, oldest first.</summary>
[AllowRoles(Roles.Admin)]
public sealed record ListWebhooksQuery(PageRequest Page) : IQuery<PagedList<WebhooksSubscriptionDto>>;
