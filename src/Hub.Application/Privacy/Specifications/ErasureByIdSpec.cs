using Ardalis.Specification;
using Hub.Domain.Privacy.Erasures;

namespace Hub.Application.Privacy.Specifications;

public sealed class ErasureByIdSpec : SingleResultSpecification<Erasure>
{
    public ErasureByIdSpec(ErasureId id) => Query.Where(e => e.Id == id).AsNoTracking();
}
