using Hub.Application.Common.Paging;
using Mediator;

namespace Hub.Application.Applicants.Queries.ListApplications;

/// <summary>Applications newest first, optionally of one intake and in one status.</summary>
public sealed record ListApplicationsQuery(Guid? IntakeId, string? Status, PageRequest Page) : IQuery<PagedList<ApplicantsApplicationSummaryDto>>;
