using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Application.Mentoring.Specifications;

public sealed class MentorByEmailSpec : SingleResultSpecification<Mentor>
{
    public MentorByEmailSpec(string email)
    {
        var normalized = email.Trim().ToLowerInvariant();
        Query.Where(m => m.Email == normalized).AsNoTracking();
    }
}
