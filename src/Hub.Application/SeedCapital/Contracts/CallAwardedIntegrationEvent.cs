using Hub.Application.Common.Messaging;

namespace Hub.Application.SeedCapital.Contracts;

/// <summary>A call was awarded (the <c>call.awarded</c> webhook): what was funded, in the call's currency.</summary>
public sealed record CallAwardedIntegrationEvent(
    Guid CallId, string Title, string Kind, string Currency, decimal TotalAwarded, decimal Remaining, IReadOnlyList<CallAwardedGrant> Grants, Guid AwardedBy) : IntegrationEvent;
