using Ardalis.Specification;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>Calls whose recorded status lags behind the clock: due to open or to close.</summary>
public sealed class CallsDueToAdvanceSpec : Specification<CallForProposals>
{
    public CallsDueToAdvanceSpec(DateTimeOffset now) =>
        Query.Where(c => (c.Status == CallStatus.Draft && c.OpensAt <= now) || ((c.Status == CallStatus.Draft || c.Status == CallStatus.Open) && c.ClosesAt <= now));
}
