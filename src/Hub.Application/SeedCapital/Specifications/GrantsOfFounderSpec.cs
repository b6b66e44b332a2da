using Ardalis.Specification;
using Hub.Domain.SeedCapital.Grants;

namespace Hub.Application.SeedCapital.Specifications;

public sealed class GrantsOfFounderSpec : Specification<Grant>
{
    public GrantsOfFounderSpec(Guid founderUserId) =>
        Query.Where(g => g.FounderUserId == founderUserId).OrderBy(g => g.AwardedAt).AsNoTracking();
}
