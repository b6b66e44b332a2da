using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring.Specifications;

public sealed class MentorshipsFilterSpec : Specification<Mentorship>
{
    public MentorshipsFilterSpec(PageRequest? page, MentorId? mentorId = null, Guid? mentorUserId = null, Guid? founderUserId = null, MentorshipStatus? status = null)
    {
        if (mentorId is { } mentor)
        {
            Query.Where(m => m.MentorId == mentor);
        }

        if (mentorUserId is { } mentorUser)
        {
            Query.Where(m => m.MentorUserId == mentorUser);
        }

        if (founderUserId is { } founder)
        {
            Query.Where(m => m.FounderUserId == founder);
        }

        if (status is { } only)
        {
            Query.Where(m => m.Status == only);
        }

        Query.OrderByDescending(m => m.ProposedAt).ThenBy(m => m.Id).AsNoTracking();
        if (page is not null)
        {
            Query.Page(page);
        }
    }
}
