using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Queries.GetMentorHours;

/// <summary>A mentor's logged hours: for staff, partners with mentoring:read, and the mentor themself.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Mentor)]
[AllowScopes(PartnerScopes.MentoringRead)]
public sealed record GetMentorHoursQuery(Guid MentorId) : IQuery<MentoringHoursDto>;
