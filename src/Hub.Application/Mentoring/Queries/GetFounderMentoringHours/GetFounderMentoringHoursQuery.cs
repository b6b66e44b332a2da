using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Queries.GetMentorHours;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Queries.GetFounderMentoringHours;

/// <summary>A founder's mentoring hours over all their mentorships: staff, partners with mentoring:read, and that founder.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Founder)]
[AllowScopes(PartnerScopes.MentoringRead)]
public sealed record GetFounderMentoringHoursQuery(Guid FounderUserId) : IQuery<MentoringHoursDto>;
