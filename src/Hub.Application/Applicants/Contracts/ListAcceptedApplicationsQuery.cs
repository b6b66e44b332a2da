using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Applicants.Contracts;

/// <summary>
/// The public way for other modules to read the cohort: accepted applications, optionally only of one intake, one
/// founder or the given ids (filters combine), in the order they were submitted. A module that must act when someone is accepted
/// subscribes to <see cref="ApplicationAcceptedIntegrationEvent"/>; this query answers "who is accepted now"
/// (checking a proposal's applicant, naming a pitch's venture, seeding demo data).
/// </summary>
[AllowModuleCallers]
public sealed record ListAcceptedApplicationsQuery(Guid? IntakeId = null, Guid? FounderUserId = null, IReadOnlyList<Guid>? ApplicationIds = null)
    : IQuery<IReadOnlyList<ApplicantsAcceptedApplicationDto>>;
