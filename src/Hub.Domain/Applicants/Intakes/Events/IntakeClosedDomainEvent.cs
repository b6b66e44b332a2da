using Hub.Domain.Common;

namespace Hub.Domain.Applicants.Intakes.Events;

public sealed record IntakeClosedDomainEvent(IntakeId IntakeId, string Name, DateTimeOffset OccurredAt) : IDomainEvent;
