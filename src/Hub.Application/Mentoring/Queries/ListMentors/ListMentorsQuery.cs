using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Queries.GetMentor;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Queries.ListMentors;

/// <summary>The mentor directory, by name.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Mentor, Roles.Founder)]
[AllowScopes(PartnerScopes.MentoringRead)]
public sealed record ListMentorsQuery(PageRequest Page, bool? Active) : IQuery<PagedList<MentoringMentorDto>>;
