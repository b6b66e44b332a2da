using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Common;

namespace Hub.Domain.Applicants.ProgrammeApplications.Events;

public sealed record ApplicationSubmittedDomainEvent(ProgrammeApplicationId ApplicationId, IntakeId IntakeId, Guid FounderUserId, string VentureName, DateTimeOffset OccurredAt) : IDomainEvent;
