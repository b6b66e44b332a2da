using Hub.Application.Common.Messaging;

namespace Hub.Application.Applicants.Contracts;

/// <summary>
/// A manager decided an application; <see cref="Decision"/> is Accept, Reject or Waitlist. Gender, birth year and soum
/// are the founder's anonymous attributes for the donor report's breakdowns.
/// </summary>
public sealed record ApplicationDecidedIntegrationEvent(Guid ApplicationId, Guid IntakeId, Guid FounderUserId, string Decision, string Reason, Guid DecidedBy, string? Gender = null, int? BirthYear = null, string? Soum = null) : IntegrationEvent;
