using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Common;

namespace Hub.Domain.Applicants.ProgrammeApplications.Events;

public sealed record ApplicationDecidedDomainEvent(ProgrammeApplicationId ApplicationId, IntakeId IntakeId, Guid FounderUserId, string VentureName, Decision Decision, DateTimeOffset OccurredAt) : IDomainEvent;
