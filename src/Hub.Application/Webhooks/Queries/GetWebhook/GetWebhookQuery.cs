using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Webhooks.Queries.GetWebhook;

[AllowRoles(Roles.Admin)]
public sealed record GetWebhookQuery(Guid Id) : IQuery<WebhooksSubscriptionDto>;
