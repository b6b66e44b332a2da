using Ardalis.Specification;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Specifications;

public sealed class ApplicationsOfFounderSpec : Specification<ProgrammeApplication>
{
    public ApplicationsOfFounderSpec(Guid founderUserId) =>
        Query.Where(a => a.FounderUserId == founderUserId).OrderBy(a => a.CreatedAt);
}
