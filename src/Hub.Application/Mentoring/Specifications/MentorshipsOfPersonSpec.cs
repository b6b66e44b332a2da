using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring.Specifications;

/// <summary>The mentorships a person is in, as the founder or as the mentor.</summary>
public sealed class MentorshipsOfPersonSpec : Specification<Mentorship>
{
    public MentorshipsOfPersonSpec(Guid userId) =>
        Query.Where(m => m.FounderUserId == userId || m.MentorUserId == userId).OrderBy(m => m.ProposedAt).AsNoTracking();
}
