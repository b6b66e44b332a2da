using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Webhooks.Commands.RedeliverWebhook;

/// <summary>One more attempt of a finished delivery (succeeded or failed), now, with the same body and event id.</summary>
[AllowRoles(Roles.Admin)]
public sealed record RedeliverWebhookCommand(Guid SubscriptionId, Guid DeliveryId) : ICommand;
