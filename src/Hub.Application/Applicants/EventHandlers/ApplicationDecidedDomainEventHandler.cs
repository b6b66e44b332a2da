using Hub.Application.Applicants.Contracts;
using Hub.Application.Applicants.Notifications;
using Hub.Application.Common.Messaging;
using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Contracts;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Applicants.ProgrammeApplications.Events;
using Mediator;

namespace Hub.Application.Applicants.EventHandlers;

public sealed class ApplicationDecidedDomainEventHandler(IOutbox outbox, ISender sender, IRepository<ProgrammeApplication> applications)
    : IDomainEventHandler<ApplicationDecidedDomainEvent>
{
    public async ValueTask Handle(ApplicationDecidedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var decision = domainEvent.Decision;
        var outcome = decision.Outcome.ToString();
        outbox.Add(new ApplicationDecidedIntegrationEvent(
            domainEvent.ApplicationId.Value, domainEvent.IntakeId.Value, domainEvent.FounderUserId, outcome, decision.Reason, decision.DecidedBy)
        {
            OccurredAt = domainEvent.OccurredAt,
        });

        if (decision.Outcome == DecisionOutcome.Accept
            && await applications.GetByIdAsync(domainEvent.ApplicationId, cancellationToken) is { } application)
        {
            outbox.Add(new ApplicationAcceptedIntegrationEvent(
                application.Id.Value, application.IntakeId.Value, application.FounderUserId, application.VentureName,
                application.Sector.ToString(), application.Founder.Languages.Select(l => l.Value).ToList())
            {
                OccurredAt = domainEvent.OccurredAt,
            });
        }

        if (await sender.Send(new GetPersonQuery(domainEvent.FounderUserId), cancellationToken) is { } founder)
        {
            outbox.Add(ApplicantNotifications.Decided(founder, domainEvent.VentureName, outcome, decision.Reason));
        }
    }
}
