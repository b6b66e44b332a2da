using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring.Specifications;

/// <summary>Mentorships that take a mentor's place: Proposed or Active.</summary>
public sealed class SlotHoldingMentorshipsSpec : Specification<Mentorship>
{
    public SlotHoldingMentorshipsSpec() =>
        Query.Where(m => m.Status == MentorshipStatus.Proposed || m.Status == MentorshipStatus.Active).AsNoTracking();
}
