using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Webhooks.Commands.SendWebhookAttempt;

/// <summary>Posts the due attempt of a delivery, if this sender wins its claim, and schedules the next one on failure.</summary>
[AllowSystemOnly]
public sealed record SendWebhookAttemptCommand(Guid DeliveryId) : ICommand;
