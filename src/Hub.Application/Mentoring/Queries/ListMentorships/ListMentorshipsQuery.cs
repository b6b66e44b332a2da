using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Queries.GetMentorship;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Queries.ListMentorships;

/// <summary>Mentorships, newest first: staff and partners see all, a mentor their own, a founder their own.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Mentor, Roles.Founder)]
[AllowScopes(PartnerScopes.MentoringRead)]
public sealed record ListMentorshipsQuery(PageRequest Page, Guid? MentorId, string? Status) : IQuery<PagedList<MentoringMentorshipDto>>;
