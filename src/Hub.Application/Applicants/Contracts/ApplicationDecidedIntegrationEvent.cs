using Hub.Application.Common.Messaging;

namespace Hub.Application.Applicants.Contracts;

/// <summary>A manager decided an application; <see cref="Decision"/> is Accept, Reject or Waitlist.</summary>
public sealed record ApplicationDecidedIntegrationEvent(Guid ApplicationId, Guid IntakeId, Guid FounderUserId, string Decision, string Reason, Guid DecidedBy, string? Gender = null, int? BirthYear = null, string? Soum = null) : IntegrationEvent;
