using Hub.Application.Common.Messaging;
using Hub.Application.Training.Commands.IssueCertificates;
using Hub.Application.Training.Contracts;
using Mediator;

namespace Hub.Application.Training.IntegrationEventHandlers;

/// <summary>Checks completions once a register is committed (Training listens to its own event).</summary>
public sealed class IssueCertificatesHandler(ISender sender) : IIntegrationEventHandler<TrainingAttendanceRecordedIntegrationEvent>
{
    public async ValueTask Handle(TrainingAttendanceRecordedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await sender.Send(new IssueCertificatesCommand(integrationEvent.FounderUserIds), cancellationToken);
}
