using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Common;

namespace Hub.Domain.Applicants.ProgrammeApplications.Events;

public sealed record ApplicationWithdrawnDomainEvent(ProgrammeApplicationId ApplicationId, IntakeId IntakeId, Guid FounderUserId, ApplicationStatus PreviousStatus, DateTimeOffset OccurredAt) : IDomainEvent;
