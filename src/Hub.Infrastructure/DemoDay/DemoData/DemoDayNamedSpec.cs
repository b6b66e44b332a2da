using Ardalis.Specification;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Infrastructure.DemoDay.DemoData;

internal sealed class DemoDayNamedSpec : Specification<DemoDayEdition>
{
    public DemoDayNamedSpec(string name) => Query.Where(d => d.Name == name);
}
