using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Queries.GetMentor;

[AllowRoles(Roles.Manager, Roles.Admin, Roles.Mentor, Roles.Founder)]
[AllowScopes(PartnerScopes.MentoringRead)]
public sealed record GetMentorQuery(Guid Id) : IQuery<MentoringMentorDto>;
