using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Common;

namespace Hub.Domain.Applicants.ProgrammeApplications.Events;

/// <summary>
/// A manager decided an application. It carries what other modules and the founder are told (sector and languages
/// for matching an accepted founder), so no handler reads the application or the person back inside the save.
/// </summary>
public sealed record ApplicationDecidedDomainEvent(
    ProgrammeApplicationId ApplicationId,
    IntakeId IntakeId,
    Guid FounderUserId,
    string FounderName,
    string VentureName,
    Sector Sector,
    IReadOnlyList<LanguageCode> Languages,
    Decision Decision,
    DateTimeOffset OccurredAt,
    FounderProfile? Founder = null) : IDomainEvent;
