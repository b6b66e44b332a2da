using Ardalis.Specification;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Specifications;

public sealed class ApplicationByIdSpec : SingleResultSpecification<ProgrammeApplication>
{
    public ApplicationByIdSpec(ProgrammeApplicationId id) => Query.Where(a => a.Id == id).AsNoTracking();
}
