using Hub.Application.Common.Messaging;

namespace Hub.Application.SeedCapital.Contracts;

/// <summary>
/// A manager approved a grant's milestone and released its tranche: the jobs its founder reported with it count towards
/// the donor's "jobs created" indicator, dated when they were reported.
/// </summary>
public sealed record MilestoneApprovedIntegrationEvent(Guid GrantId, int Number, Guid FounderUserId, int JobsCreated, DateTimeOffset ReportedAt) : IntegrationEvent;
