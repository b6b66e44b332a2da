using Hub.Application.Common.Messaging;

namespace Hub.Application.Applicants.Contracts;

public sealed record ApplicationSubmittedIntegrationEvent(Guid ApplicationId, Guid IntakeId, Guid FounderUserId, string VentureName, string? Gender = null, int? BirthYear = null, string? Soum = null) : IntegrationEvent;
