using Ardalis.Specification;
using Hub.Domain.Training.Ledger;

namespace Hub.Application.Training.Specifications;

/// <summary>Each mentoring session logged for a founder, as a line of their learning ledger.</summary>
public sealed class MentoringMinutesOfFounderSpec : Specification<MentoringEntry, LedgerLine>
{
    public MentoringMinutesOfFounderSpec(Guid founderUserId) =>
        Query.Where(m => m.FounderUserId == founderUserId)
            .Select(m => new LedgerLine(null, m.DurationMinutes, m.Format == MentoringEntry.GroupFormat));
}
