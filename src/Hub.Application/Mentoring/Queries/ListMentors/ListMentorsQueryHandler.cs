using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Queries.GetMentor;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentors;
using Mediator;

namespace Hub.Application.Mentoring.Queries.ListMentors;

public sealed class ListMentorsQueryHandler(IReadRepository<Mentor> mentors, ICurrentUser currentUser) : IQueryHandler<ListMentorsQuery, PagedList<MentoringMentorDto>>
{
    public async ValueTask<PagedList<MentoringMentorDto>> Handle(ListMentorsQuery query, CancellationToken cancellationToken) =>
        await mentors.ListPageAsync(new MentorsPageSpec(query.Page, query.Active, withConflicts: currentUser.IsManager()), query.Page, cancellationToken);
}
