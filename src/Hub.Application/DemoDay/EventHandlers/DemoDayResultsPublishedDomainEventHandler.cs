using Hub.Application.Common.Messaging;
using Hub.Application.DemoDay.Contracts;
using Hub.Application.DemoDay.Notifications;
using Hub.Domain.DemoDay.Editions.Events;

namespace Hub.Application.DemoDay.EventHandlers;

/// <summary>Tells the other modules and every pitching founder; all of it from the event itself.</summary>
public sealed class DemoDayResultsPublishedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<DemoDayResultsPublishedDomainEvent>
{
    public ValueTask Handle(DemoDayResultsPublishedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var ranks = domainEvent.Ranking.Pitches.ToDictionary(r => r.PitchId);
        var results = domainEvent.Pitches
            .Select(p => (Pitch: p, Ranked: ranks[p.Id], Awards: (IReadOnlyList<string>)[.. domainEvent.Awards.Where(a => a.PitchId == p.Id).Select(a => a.Category)]))
            .OrderBy(r => r.Ranked.Rank)
            .Select(r => new DemoDayPitchResult(
                r.Pitch.Id, r.Pitch.ApplicationId, r.Pitch.FounderUserId, r.Pitch.VentureName, r.Ranked.Rank, r.Ranked.NormalizedScore, r.Ranked.RawMean, r.Ranked.JudgeCount, r.Awards))
            .ToList();
        outbox.Add(new DemoDayResultsPublishedIntegrationEvent(domainEvent.DemoDayId.Value, domainEvent.Name, domainEvent.HeldOn, results) { OccurredAt = domainEvent.OccurredAt });
        foreach (var result in results)
        {
            outbox.Add(DemoDayNotifications.ResultsPublished(result.FounderUserId, domainEvent.Name, result.VentureName, result.Rank, results.Count, result.Awards));
        }

        return ValueTask.CompletedTask;
    }
}
