using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Webhooks.Commands.PingWebhook;

/// <summary>Sends a <c>ping</c> event to the subscription through the same path as real events (signed, logged, retried).</summary>
[AllowRoles(Roles.Admin)]
public sealed record PingWebhookCommand(Guid SubscriptionId) : ICommand<Guid>;
