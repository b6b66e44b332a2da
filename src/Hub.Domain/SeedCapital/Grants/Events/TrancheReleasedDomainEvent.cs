using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.Grants.Events;

public sealed record TrancheReleasedDomainEvent(GrantId GrantId, Guid FounderUserId, string VentureName, int Number, Disbursement Disbursement, int JobsCreated, DateTimeOffset ReportedAt, DateTimeOffset OccurredAt) : IDomainEvent;
