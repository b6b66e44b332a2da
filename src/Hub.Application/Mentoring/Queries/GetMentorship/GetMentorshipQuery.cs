using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Queries.GetMentorship;

/// <summary>A mentorship with its sessions: for staff, its mentor and its founder (anyone else: 404).</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Mentor, Roles.Founder)]
[AllowScopes(PartnerScopes.MentoringRead)]
public sealed record GetMentorshipQuery(Guid Id) : IQuery<MentoringMentorshipDto>;
