using Ardalis.Specification;
using Hub.Domain.DemoDay.Mentorships;

namespace Hub.Application.DemoDay.Specifications;

/// <summary>Mentorships of the given mentors with the given ventures: the conflicts Mentoring told us about.</summary>
public sealed class KnownMentorshipsSpec : Specification<KnownMentorship>
{
    public KnownMentorshipsSpec(IReadOnlyCollection<Guid> mentorUserIds, IReadOnlyCollection<Guid> applicationIds) =>
        Query.Where(m => mentorUserIds.Contains(m.MentorUserId) && applicationIds.Contains(m.ApplicationId)).AsNoTracking();
}
