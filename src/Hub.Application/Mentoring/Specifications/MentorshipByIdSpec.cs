using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring.Specifications;

public sealed class MentorshipByIdSpec : SingleResultSpecification<Mentorship>
{
    public MentorshipByIdSpec(MentorshipId id, bool tracked = false)
    {
        Query.Where(m => m.Id == id);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}
