using Ardalis.Specification;
using Hub.Domain.Applicants.Intakes;

namespace Hub.Application.Applicants.Specifications;

/// <summary>Intakes whose recorded status lags behind the clock: due to open or to close.</summary>
public sealed class IntakesDueToAdvanceSpec : Specification<Intake>
{
    public IntakesDueToAdvanceSpec(DateTimeOffset now) =>
        Query.Where(i => (i.Status == IntakeStatus.Scheduled && i.OpensAt <= now) || (i.Status != IntakeStatus.Closed && i.ClosesAt <= now));
}
