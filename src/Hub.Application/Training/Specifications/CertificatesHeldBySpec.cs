using Ardalis.Specification;
using Hub.Domain.Training.Certificates;

namespace Hub.Application.Training.Specifications;

/// <summary>A founder's certificates, tracked so their holder's name can be erased.</summary>
public sealed class CertificatesHeldBySpec : Specification<Certificate>
{
    public CertificatesHeldBySpec(Guid founderUserId) =>
        Query.Where(c => c.FounderUserId == founderUserId).OrderBy(c => c.IssuedAt);
}
