using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Common;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;

namespace Hub.Application.Mentoring.Queries.GetMentorHours;

public sealed class GetMentorHoursQueryHandler(IReadRepository<Mentor> mentors, IReadRepository<Mentorship> mentorships, ICurrentUser currentUser)
    : IQueryHandler<GetMentorHoursQuery, MentoringHoursDto>
{
    public async ValueTask<MentoringHoursDto> Handle(GetMentorHoursQuery query, CancellationToken cancellationToken)
    {
        var mentor = await mentors.SingleOrDefaultAsync(new MentorByIdSpec(MentorId.From(query.MentorId)), cancellationToken);
        if (!currentUser.IsPartnerWith(PartnerScopes.MentoringRead))
        {
            currentUser.EnsureStaffOrSelf(mentor, query.MentorId);
        }
        else if (mentor is null)
        {
            throw new NotFoundException("Mentor", query.MentorId);
        }

        return MentoringHours.Of(await mentorships.ListAsync(new MentorshipsFilterSpec(new MentorshipsFilter(MentorId: mentor!.Id)), cancellationToken));
    }
}
