using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Training.Queries.VerifyCertificate;

/// <summary>Anyone (a bank, an employer) may check a certificate by its code, without signing in.</summary>
[AllowAnonymousCallers]
public sealed record VerifyCertificateQuery(string Code) : IQuery<TrainingCertificateVerificationDto>;
