using Hub.Domain.Common;

namespace Hub.Domain.Applicants.Intakes.Events;

public sealed record IntakeOpenedDomainEvent(IntakeId IntakeId, string Name, DateTimeOffset ClosesAt, DateTimeOffset OccurredAt) : IDomainEvent;
