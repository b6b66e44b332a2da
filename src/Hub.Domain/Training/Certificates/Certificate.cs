using Hub.Domain.Common;
using Hub.Domain.Training.Certificates.Events;
using Hub.Domain.Training.TrainingModules;

namespace Hub.Domain.Training.Certificates;

/// <summary>
/// Proof that a founder completed a training module, issued once per founder and module. A later attendance
/// correction that drops the founder below the threshold does not revoke it: it certifies what was attended when it was issued.
/// </summary>
public sealed class Certificate : AggregateRoot<CertificateId>
{
    private Certificate()
    {
    }

    public string Code { get; private set; } = string.Empty;

    public Guid FounderUserId { get; private set; }

    public string HolderName { get; private set; } = string.Empty;

    public TrainingModuleId ModuleId { get; private set; }

    public string ModuleName { get; private set; } = string.Empty;

    public decimal Hours { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateOnly IssuedOn => DateOnly.FromDateTime(IssuedAt.UtcDateTime);

    /// <summary>The holder was erased under the GDPR: the certificate still verifies, without their name.</summary>
    public void ErasePersonalData() => HolderName = ErasedPerson.Name;

    public static Certificate Issue(Guid founderUserId, string holderName, TrainingModule module, decimal hours, DateTimeOffset now)
    {
        var certificate = new Certificate
        {
            Id = CertificateId.New(),
            Code = CertificateCode.New(),
            FounderUserId = founderUserId,
            HolderName = holderName,
            ModuleId = module.Id,
            ModuleName = module.Name,
            Hours = hours,
            IssuedAt = now,
        };
        certificate.Raise(new CertificateIssuedDomainEvent(certificate.Id, certificate.Code, founderUserId, holderName, module.Id, module.Code, module.Name, hours, now));
        return certificate;
    }
}
