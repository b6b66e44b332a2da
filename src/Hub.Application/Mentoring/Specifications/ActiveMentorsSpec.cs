using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Application.Mentoring.Specifications;

public sealed class ActiveMentorsSpec : Specification<Mentor>
{
    public ActiveMentorsSpec() => Query.Where(m => m.Active).OrderBy(m => m.Id).AsNoTracking();
}
