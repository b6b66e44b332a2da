using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Webhooks.Commands.SendDueWebhooks;

/// <summary>The safety net: queues the send job of every overdue attempt (a job lost, an instance that died mid-send).</summary>
[AllowSystemOnly]
public sealed record SendDueWebhooksCommand : ICommand<int>;
