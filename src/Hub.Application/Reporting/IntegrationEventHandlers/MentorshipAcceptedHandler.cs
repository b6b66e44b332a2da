using Hub.Application.Common.Messaging;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.Reporting.Commands.RecordFacts;
using Hub.Domain.Reporting;
using Mediator;

namespace Hub.Application.Reporting.IntegrationEventHandlers;

public sealed class MentorshipAcceptedHandler(ISender sender, TimeProvider clock) : IIntegrationEventHandler<MentorshipAcceptedIntegrationEvent>
{
    public async ValueTask Handle(MentorshipAcceptedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var at = Facts.When(integrationEvent.OccurredAt, clock);
        await sender.Send(
            new RecordFactsCommand(
            [
                Facts.Of(FactKinds.Mentorship, integrationEvent.MentorshipId, string.Empty, integrationEvent.FounderUserId, integrationEvent.MentorUserId, integrationEvent.ApplicationId, "Active", 1, at, at),
            ]),
            cancellationToken);
    }
}
