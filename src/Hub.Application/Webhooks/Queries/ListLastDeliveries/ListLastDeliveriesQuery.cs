using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Webhooks.Queries.ListLastDeliveries;

/// <summary>The newest delivery of each of these subscriptions, by subscription id, in one query; one without deliveries is absent.</summary>
[AllowRoles(Roles.Admin)]
public sealed record ListLastDeliveriesQuery(IReadOnlyList<Guid> SubscriptionIds) : IQuery<IReadOnlyDictionary<Guid, WebhooksLastDeliveryDto>>;
