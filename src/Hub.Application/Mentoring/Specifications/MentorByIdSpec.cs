using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Application.Mentoring.Specifications;

public sealed class MentorByIdSpec : SingleResultSpecification<Mentor>
{
    public MentorByIdSpec(MentorId id, bool tracked = false)
    {
        Query.Where(m => m.Id == id);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}
