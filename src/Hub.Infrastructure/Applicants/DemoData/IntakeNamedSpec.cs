using Ardalis.Specification;
using Hub.Domain.Applicants.Intakes;

namespace Hub.Infrastructure.Applicants.DemoData;

internal sealed class IntakeNamedSpec : Specification<Intake>
{
    public IntakeNamedSpec(string name) => Query.Where(i => i.Name == name);
}
