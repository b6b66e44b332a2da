using Ardalis.Specification;
using Hub.Domain.Mentoring.Mentees;

namespace Hub.Application.Mentoring.Specifications;

public sealed class MenteeRecordsOfFounderSpec : Specification<Mentee>
{
    public MenteeRecordsOfFounderSpec(Guid founderUserId) =>
        Query.Where(m => m.FounderUserId == founderUserId).OrderBy(m => m.AcceptedAt);
}
