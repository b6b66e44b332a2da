using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Application.Mentoring.Specifications;

public sealed class MentorsByIdsSpec : Specification<Mentor>
{
    public MentorsByIdsSpec(IReadOnlyCollection<MentorId> ids) => Query.Where(m => ids.Contains(m.Id)).AsNoTracking();
}
