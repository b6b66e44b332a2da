using Hub.Domain.Common;
using Hub.Domain.Training.TrainingModules;

namespace Hub.Domain.Training.Certificates.Events;

public sealed record CertificateIssuedDomainEvent(
    CertificateId CertificateId, string Code, Guid FounderUserId, string HolderName, TrainingModuleId ModuleId, string ModuleCode, string ModuleName,
    decimal Hours, DateTimeOffset OccurredAt) : IDomainEvent;
