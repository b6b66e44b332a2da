using Hub.Application.Common.Messaging;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.Reporting.Commands.RecordFacts;
using Hub.Domain.Reporting;
using Mediator;

namespace Hub.Application.Reporting.IntegrationEventHandlers;

public sealed class MentoringSessionLoggedHandler(ISender sender, TimeProvider clock) : IIntegrationEventHandler<MentoringSessionLoggedIntegrationEvent>
{
    public async ValueTask Handle(MentoringSessionLoggedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordFactsCommand(
            [
                Facts.Of(
                    FactKinds.MentoringSession, integrationEvent.SessionId, string.Empty, integrationEvent.FounderUserId, integrationEvent.MentorUserId, integrationEvent.MentorshipId,
                    integrationEvent.Format, Facts.Hours(integrationEvent.DurationMinutes), integrationEvent.StartedAt, Facts.When(integrationEvent.OccurredAt, clock)),
            ]),
            cancellationToken);
}
