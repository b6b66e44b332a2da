using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Application.Mentoring.Queries.GetMentor;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Application.Mentoring.Specifications;

/// <summary>
/// A page of the mentor directory by name, active or not when asked, as the list shows it: projected in the database
/// with the conflicts (by application) when the caller may see them, the page and its total in one query. Loading the
/// mentors instead runs EF Core's owned-collection shaper, which builds a delegate on every execution.
/// </summary>
public sealed class MentorsPageSpec : Specification<Mentor, MentoringMentorDto>
{
    public MentorsPageSpec(PageRequest page, bool? active, bool withConflicts)
    {
        if (active is { } only)
        {
            Query.Where(m => m.Active == only);
        }

        // Conflicts name applications, so only staff see them; for anyone else the condition is false and the database
        // reads no conflict.
        Query.OrderBy(m => m.FullName).ThenBy(m => m.Id).Page(page).AsNoTracking();
        Query.Select(m => new MentoringMentorDto(
            m.Id.Value, m.UserId, m.FullName, m.Email, m.Country, m.TimeZone, m.Languages, m.Expertise, m.Capacity, m.Bio, m.Active,
            m.Conflicts.Where(_ => withConflicts).OrderBy(c => c.ApplicationId).Select(c => new MentoringConflictDto(c.ApplicationId, c.Reason, c.DeclaredAt)).ToList(),
            m.Version));
    }
}
