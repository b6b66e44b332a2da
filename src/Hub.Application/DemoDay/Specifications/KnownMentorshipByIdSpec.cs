using Ardalis.Specification;
using Hub.Domain.DemoDay.Mentorships;

namespace Hub.Application.DemoDay.Specifications;

public sealed class KnownMentorshipByIdSpec : Specification<KnownMentorship>
{
    public KnownMentorshipByIdSpec(Guid mentorshipId) => Query.Where(m => m.MentorshipId == mentorshipId);
}
