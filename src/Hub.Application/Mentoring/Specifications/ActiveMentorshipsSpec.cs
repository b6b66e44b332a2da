using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring.Specifications;

/// <summary>Active mentorships, tracked, for the reminder job.</summary>
public sealed class ActiveMentorshipsSpec : Specification<Mentorship>
{
    public ActiveMentorshipsSpec() => Query.Where(m => m.Status == MentorshipStatus.Active);
}
