using Ardalis.Specification;
using Hub.Domain.Training.Certificates;

namespace Hub.Application.Training.Specifications;

public sealed class CertificatesOfFounderSpec : Specification<Certificate>
{
    public CertificatesOfFounderSpec(Guid founderUserId) =>
        Query.Where(c => c.FounderUserId == founderUserId).OrderBy(c => c.IssuedAt).AsNoTracking();
}
