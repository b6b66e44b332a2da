using Ardalis.Specification;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay.Specifications;

/// <summary>
/// The latest Demo Days past their draft, for picking those a person judges: the judges are a JSON column the
/// database cannot look into, so the handler keeps the judge's own days from these few.
/// </summary>
public sealed class DemoDaysJudgedBySpec : Specification<DemoDayEdition>
{
    public const int Latest = 200;

    public DemoDaysJudgedBySpec() =>
        Query.Where(d => d.Status != DemoDayStatus.Draft).OrderByDescending(d => d.HeldOn).ThenByDescending(d => d.Id).Take(Latest).AsNoTracking();
}
