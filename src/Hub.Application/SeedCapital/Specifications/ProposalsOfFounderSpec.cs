using Ardalis.Specification;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>Every proposal a founder made, to any call.</summary>
public sealed class ProposalsOfFounderSpec : Specification<Proposal>
{
    public ProposalsOfFounderSpec(Guid founderUserId) =>
        Query.Where(p => p.FounderUserId == founderUserId).OrderBy(p => p.CreatedAt).AsNoTracking();
}
