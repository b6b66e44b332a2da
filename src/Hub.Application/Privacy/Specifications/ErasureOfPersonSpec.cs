using Ardalis.Specification;
using Hub.Domain.Privacy.Erasures;

namespace Hub.Application.Privacy.Specifications;

public sealed class ErasureOfPersonSpec : Specification<Erasure>
{
    public ErasureOfPersonSpec(Guid subjectUserId) => Query.Where(e => e.SubjectUserId == subjectUserId);
}
