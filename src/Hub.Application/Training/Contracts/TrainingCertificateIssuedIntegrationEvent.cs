using Hub.Application.Common.Messaging;

namespace Hub.Application.Training.Contracts;

/// <summary>A founder completed a training module and was given a certificate (for the webhook <c>training.certificate_issued</c>).</summary>
public sealed record TrainingCertificateIssuedIntegrationEvent(
    Guid CertificateId, string Code, Guid FounderUserId, Guid ModuleId, string ModuleCode, string ModuleName, decimal Hours, DateTimeOffset IssuedAt) : IntegrationEvent;
