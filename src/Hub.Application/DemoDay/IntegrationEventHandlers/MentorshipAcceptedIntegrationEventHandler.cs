using Hub.Application.Common.Messaging;
using Hub.Application.DemoDay.Commands.RecordMentorship;
using Hub.Application.Mentoring.Contracts;
using Mediator;

namespace Hub.Application.DemoDay.IntegrationEventHandlers;

/// <summary>A mentor who mentors a venture is conflicted for its pitch: recorded here, applied on every Demo Day.</summary>
public sealed class MentorshipAcceptedIntegrationEventHandler(ISender sender) : IIntegrationEventHandler<MentorshipAcceptedIntegrationEvent>
{
    public async ValueTask Handle(MentorshipAcceptedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await sender.Send(new RecordMentorshipCommand(integrationEvent.MentorshipId, integrationEvent.MentorUserId, integrationEvent.ApplicationId), cancellationToken);
}
