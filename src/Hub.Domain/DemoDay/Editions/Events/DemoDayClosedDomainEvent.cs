using Hub.Domain.Common;

namespace Hub.Domain.DemoDay.Editions.Events;

public sealed record DemoDayClosedDomainEvent(DemoDayEditionId DemoDayId, DateTimeOffset OccurredAt) : IDomainEvent;
