using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Validation;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.Certificates;
using Mediator;

namespace Hub.Application.Training.Queries.VerifyCertificate;

public sealed class VerifyCertificateQueryHandler(IReadRepository<Certificate> certificates) : IQueryHandler<VerifyCertificateQuery, TrainingCertificateVerificationDto>
{
    public async ValueTask<TrainingCertificateVerificationDto> Handle(VerifyCertificateQuery query, CancellationToken cancellationToken)
    {
        var code = CertificateCode.Normalize(query.Code);
        var certificate = code is null ? null : await certificates.SingleOrDefaultAsync(new CertificateByCodeSpec(code), cancellationToken);
        return certificate is null
            ? throw new NotFoundException("Certificate", EchoedValue.Of(query.Code))
            : new TrainingCertificateVerificationDto(certificate.HolderName, certificate.ModuleName, certificate.Hours, certificate.IssuedOn);
    }
}
