using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Application.Mentoring.Specifications;

public sealed class MentorOfUserSpec : Specification<Mentor>
{
    public MentorOfUserSpec(Guid userId) => Query.Where(m => m.UserId == userId);
}
