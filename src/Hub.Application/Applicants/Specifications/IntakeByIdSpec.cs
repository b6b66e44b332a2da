using Ardalis.Specification;
using Hub.Domain.Applicants.Intakes;

namespace Hub.Application.Applicants.Specifications;

public sealed class IntakeByIdSpec : SingleResultSpecification<Intake>
{
    public IntakeByIdSpec(IntakeId id) => Query.Where(i => i.Id == id).AsNoTracking();
}
