using Hub.Domain.Common;

namespace Hub.Domain.Training.Certificates;

public readonly record struct CertificateId(Guid Value) : IStronglyTypedId<CertificateId>
{
    public static CertificateId New() => new(Guid.CreateVersion7());

    public static CertificateId From(Guid value) => new(value);
}
