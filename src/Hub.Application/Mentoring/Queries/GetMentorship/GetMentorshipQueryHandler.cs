using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;

namespace Hub.Application.Mentoring.Queries.GetMentorship;

public sealed class GetMentorshipQueryHandler(IReadRepository<Mentorship> mentorships, ICurrentUser currentUser) : IQueryHandler<GetMentorshipQuery, MentoringMentorshipDto>
{
    public async ValueTask<MentoringMentorshipDto> Handle(GetMentorshipQuery query, CancellationToken cancellationToken)
    {
        var mentorship = await mentorships.SingleOrDefaultAsync(new MentorshipByIdSpec(MentorshipId.From(query.Id)), cancellationToken);
        return currentUser.EnsureCanSee(mentorship, query.Id).ToDto();
    }
}
