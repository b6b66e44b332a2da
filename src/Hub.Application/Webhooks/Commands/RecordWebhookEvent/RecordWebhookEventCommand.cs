using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Webhooks.Commands.RecordWebhookEvent;

/// <summary>One delivery of the event per active subscription to its type; a second run for the same event adds none.</summary>
[AllowSystemOnly]
public sealed record RecordWebhookEventCommand(Guid EventId, string Type, DateTimeOffset OccurredAt, object Data) : ICommand;
