using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Queries.GetMentorship;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Common;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;

namespace Hub.Application.Mentoring.Queries.ListMentorships;

public sealed class ListMentorshipsQueryHandler(IReadRepository<Mentorship> mentorships, ICurrentUser currentUser)
    : IQueryHandler<ListMentorshipsQuery, PagedList<MentoringMentorshipDto>>
{
    public async ValueTask<PagedList<MentoringMentorshipDto>> Handle(ListMentorshipsQuery query, CancellationToken cancellationToken)
    {
        var all = currentUser.IsManager() || currentUser.IsPartnerWith(PartnerScopes.MentoringRead);
        Guid? mentorUser = !all && currentUser.IsMentor() ? currentUser.RequireId() : null;
        Guid? founder = !all && mentorUser is null ? currentUser.RequireId() : null;
        MentorshipStatus? status = query.Status is null ? null : Enum.Parse<MentorshipStatus>(query.Status, ignoreCase: true);
        var filter = new MentorshipsFilter(query.MentorId is { } id ? MentorId.From(id) : null, mentorUser, founder, status);
        return await mentorships.ListPageAsync(new MentorshipsListSpec(filter, query.Page), query.Page, cancellationToken);
    }
}
