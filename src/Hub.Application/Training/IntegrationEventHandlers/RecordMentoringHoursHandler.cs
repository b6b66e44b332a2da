using Hub.Application.Common.Messaging;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.Training.Commands.RecordMentoringHours;
using Mediator;

namespace Hub.Application.Training.IntegrationEventHandlers;

public sealed class RecordMentoringHoursHandler(ISender sender) : IIntegrationEventHandler<MentoringSessionLoggedIntegrationEvent>
{
    public async ValueTask Handle(MentoringSessionLoggedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordMentoringHoursCommand(
                integrationEvent.SessionId, integrationEvent.FounderUserId, integrationEvent.MentorUserId, integrationEvent.StartedAt,
                integrationEvent.DurationMinutes, integrationEvent.Format),
            cancellationToken);
}
