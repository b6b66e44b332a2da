using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring.Specifications;

/// <summary>The mentorships a filter keeps, newest first, loaded whole (with their sessions).</summary>
public sealed class MentorshipsFilterSpec : Specification<Mentorship>
{
    public MentorshipsFilterSpec(MentorshipsFilter filter)
    {
        filter.ApplyTo(Query);
        Query.OrderByDescending(m => m.ProposedAt).ThenBy(m => m.Id).AsNoTracking();
    }
}
