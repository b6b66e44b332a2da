using Ardalis.Specification;
using Hub.Domain.Training.Certificates;

namespace Hub.Application.Training.Specifications;

public sealed class CertificatesOfFounderSpec : Specification<Certificate>
{
    /// <param name="forUpdate">Tracked, so a change (an erased holder's name) is saved.</param>
    public CertificatesOfFounderSpec(Guid founderUserId, bool forUpdate = false)
    {
        Query.Where(c => c.FounderUserId == founderUserId).OrderBy(c => c.IssuedAt);
        if (!forUpdate)
        {
            Query.AsNoTracking();
        }
    }
}
