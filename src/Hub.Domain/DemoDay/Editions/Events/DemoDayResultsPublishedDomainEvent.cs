using Hub.Domain.Common;

namespace Hub.Domain.DemoDay.Editions.Events;

/// <summary>Results are public: carries the pitches, default ranking and awards, so its handler reads nothing else.</summary>
public sealed record DemoDayResultsPublishedDomainEvent(
    DemoDayEditionId DemoDayId,
    string Name,
    DateOnly HeldOn,
    IReadOnlyList<Pitch> Pitches,
    MethodRanking Ranking,
    IReadOnlyList<Award> Awards,
    DateTimeOffset OccurredAt) : IDomainEvent;
