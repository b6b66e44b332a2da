using Ardalis.Specification;
using Hub.Domain.Training.Certificates;

namespace Hub.Application.Training.Specifications;

public sealed class CertificateByCodeSpec : SingleResultSpecification<Certificate>
{
    public CertificateByCodeSpec(string code) => Query.Where(c => c.Code == code).AsNoTracking();
}
