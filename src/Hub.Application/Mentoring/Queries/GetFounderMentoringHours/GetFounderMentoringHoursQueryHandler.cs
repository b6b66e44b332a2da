using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Queries.GetMentorHours;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Common;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;

namespace Hub.Application.Mentoring.Queries.GetFounderMentoringHours;

public sealed class GetFounderMentoringHoursQueryHandler(IReadRepository<Mentorship> mentorships, ICurrentUser currentUser)
    : IQueryHandler<GetFounderMentoringHoursQuery, MentoringHoursDto>
{
    public async ValueTask<MentoringHoursDto> Handle(GetFounderMentoringHoursQuery query, CancellationToken cancellationToken)
    {
        // Another founder's hours are answered as unknown.
        if (!currentUser.IsManager() && !currentUser.IsPartnerWith(PartnerScopes.MentoringRead) && currentUser.Id != query.FounderUserId)
        {
            throw new NotFoundException("Founder", query.FounderUserId);
        }

        return MentoringHours.Of(await mentorships.ListAsync(new MentorshipsFilterSpec(new MentorshipsFilter(FounderUserId: query.FounderUserId)), cancellationToken));
    }
}
