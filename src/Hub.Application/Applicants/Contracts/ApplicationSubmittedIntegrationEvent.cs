using Hub.Application.Common.Messaging;

namespace Hub.Application.Applicants.Contracts;

/// <summary>An application arrived; gender, birth year and soum are the founder's anonymous attributes for the donor report's breakdowns.</summary>
public sealed record ApplicationSubmittedIntegrationEvent(Guid ApplicationId, Guid IntakeId, Guid FounderUserId, string VentureName, string? Gender = null, int? BirthYear = null, string? Soum = null) : IntegrationEvent;
