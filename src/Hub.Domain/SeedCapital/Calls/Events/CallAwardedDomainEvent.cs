using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.Calls.Events;

public sealed record CallAwardedDomainEvent(CallId CallId, string Title, CallKind Kind, CallAward Award, DateTimeOffset OccurredAt, IReadOnlyDictionary<Guid, Guid>? FounderUserIds = null) : IDomainEvent;
