using Hub.Application.Common.Messaging;

namespace Hub.Application.Applicants.Contracts;

/// <summary>A founder joined the cohort: training, mentoring and seed capital follow this person from here.</summary>
public sealed record ApplicationAcceptedIntegrationEvent(
    Guid ApplicationId,
    Guid IntakeId,
    Guid FounderUserId,
    string FounderFullName,
    string VentureName,
    string Sector,
    IReadOnlyList<string> Languages) : IntegrationEvent;
