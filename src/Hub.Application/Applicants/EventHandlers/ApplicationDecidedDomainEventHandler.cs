using Hub.Application.Applicants.Contracts;
using Hub.Application.Applicants.Notifications;
using Hub.Application.Common.Messaging;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Applicants.ProgrammeApplications.Events;

namespace Hub.Application.Applicants.EventHandlers;

/// <summary>Tells other modules, and the founder, how an application was decided; all of it from the event itself.</summary>
public sealed class ApplicationDecidedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<ApplicationDecidedDomainEvent>
{
    public ValueTask Handle(ApplicationDecidedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var decision = domainEvent.Decision;
        outbox.Add(new ApplicationDecidedIntegrationEvent(
            domainEvent.ApplicationId.Value, domainEvent.IntakeId.Value, domainEvent.FounderUserId, decision.Outcome.ToString(), decision.Reason, decision.DecidedBy,
            domainEvent.Founder?.Gender.ToString(), domainEvent.Founder?.BirthYear, domainEvent.Founder?.Soum)
        {
            OccurredAt = domainEvent.OccurredAt,
        });

        if (decision.Outcome == DecisionOutcome.Accept)
        {
            outbox.Add(new ApplicationAcceptedIntegrationEvent(
                domainEvent.ApplicationId.Value, domainEvent.IntakeId.Value, domainEvent.FounderUserId, domainEvent.FounderName, domainEvent.VentureName,
                domainEvent.Sector.ToString(), [.. domainEvent.Languages.Select(l => l.Value)])
            {
                OccurredAt = domainEvent.OccurredAt,
            });
        }

        outbox.Add(ApplicantNotifications.Decided(domainEvent.FounderUserId, domainEvent.FounderName, domainEvent.VentureName, decision.Outcome, decision.Reason));
        return ValueTask.CompletedTask;
    }
}
