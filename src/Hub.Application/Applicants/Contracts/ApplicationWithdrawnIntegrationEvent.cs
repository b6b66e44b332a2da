using Hub.Application.Common.Messaging;

namespace Hub.Application.Applicants.Contracts;

/// <summary>A founder withdrew; <see cref="WasAccepted"/> tells other modules to release what they gave the founder.</summary>
public sealed record ApplicationWithdrawnIntegrationEvent(Guid ApplicationId, Guid IntakeId, Guid FounderUserId, bool WasAccepted) : IntegrationEvent;
