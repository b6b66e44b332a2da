using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Application.Mentoring.Specifications;

public sealed class MentorsPageSpec : Specification<Mentor>
{
    public MentorsPageSpec(PageRequest page, bool? active)
    {
        if (active is { } only)
        {
            Query.Where(m => m.Active == only);
        }

        Query.OrderBy(m => m.FullName).ThenBy(m => m.Id).Page(page).AsNoTracking();
    }
}
