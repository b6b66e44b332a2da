using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Applicants.Queries.ListApplications;

/// <summary>Applications newest first, optionally of one intake and in one status.</summary>
[AllowRoles(Roles.Founder, Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.ApplicationsRead)]
public sealed record ListApplicationsQuery(Guid? IntakeId, string? Status, PageRequest Page) : IQuery<PagedList<ApplicantsApplicationSummaryDto>>;
