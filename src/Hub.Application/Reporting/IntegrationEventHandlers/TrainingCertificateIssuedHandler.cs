using Hub.Application.Common.Messaging;
using Hub.Application.Reporting.Commands.RecordFacts;
using Hub.Application.Training.Contracts;
using Hub.Domain.Reporting;
using Mediator;

namespace Hub.Application.Reporting.IntegrationEventHandlers;

public sealed class TrainingCertificateIssuedHandler(ISender sender, TimeProvider clock) : IIntegrationEventHandler<TrainingCertificateIssuedIntegrationEvent>
{
    public async ValueTask Handle(TrainingCertificateIssuedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordFactsCommand(
            [
                Facts.Of(
                    FactKinds.Certificate, integrationEvent.CertificateId, string.Empty, integrationEvent.FounderUserId, integrationEvent.ModuleId, null,
                    integrationEvent.ModuleCode, integrationEvent.Hours, integrationEvent.IssuedAt, Facts.When(integrationEvent.OccurredAt, clock)),
            ]),
            cancellationToken);
}
