using Hub.Application.Common.Messaging;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.Webhooks.Commands.RecordWebhookEvent;
using Hub.Application.Webhooks.Payloads;
using Hub.Domain.Webhooks;
using Mediator;

namespace Hub.Application.Webhooks.IntegrationEventHandlers;

public sealed class SessionLoggedWebhookHandler(ISender sender) : IIntegrationEventHandler<MentoringSessionLoggedIntegrationEvent>
{
    public async ValueTask Handle(MentoringSessionLoggedIntegrationEvent e, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordWebhookEventCommand(
                e.EventId,
                WebhookEventTypes.MentoringSessionLogged,
                e.OccurredAt,
                new SessionLoggedData(e.SessionId, e.MentorshipId, e.ApplicationId, e.StartedAt, e.DurationMinutes, e.Format)),
            cancellationToken);
}
