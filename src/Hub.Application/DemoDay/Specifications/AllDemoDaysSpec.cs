using Ardalis.Specification;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay.Specifications;

/// <summary>Every Demo Day (a handful a year): pitches and judges are JSON lists, searched in memory.</summary>
public sealed class AllDemoDaysSpec : Specification<DemoDayEdition>
{
    public AllDemoDaysSpec() => Query.OrderBy(d => d.HeldOn);
}
