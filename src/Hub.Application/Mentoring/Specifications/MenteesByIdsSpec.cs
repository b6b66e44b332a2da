using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentees;

namespace Hub.Application.Mentoring.Specifications;

public sealed class MenteesByIdsSpec : Specification<Mentee>
{
    public MenteesByIdsSpec(IReadOnlyCollection<MenteeId> ids) => Query.Where(m => ids.Contains(m.Id));
}
