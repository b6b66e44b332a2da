using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Common;

namespace Hub.Domain.Applicants.ProgrammeApplications.Events;

/// <summary>An application was submitted; it carries what the founder is told, so no handler reads it back.</summary>
public sealed record ApplicationSubmittedDomainEvent(
    ProgrammeApplicationId ApplicationId, IntakeId IntakeId, Guid FounderUserId, string FounderName, string VentureName, DateTimeOffset OccurredAt, FounderProfile? Founder = null) : IDomainEvent;
