using Ardalis.Specification;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>Every proposal a person has evaluated (or declared a conflict on), oldest first: for their data export, and tracked for their erasure.</summary>
public sealed class ProposalsEvaluatedBySpec : Specification<Proposal>
{
    public ProposalsEvaluatedBySpec(Guid evaluatorUserId, bool tracked = false)
    {
        Query.Where(p => p.Evaluations.Any(e => e.EvaluatorUserId == evaluatorUserId)).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}
