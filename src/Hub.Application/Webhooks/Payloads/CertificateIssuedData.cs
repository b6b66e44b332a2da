namespace Hub.Application.Webhooks.Payloads;

/// <summary><c>training.certificate_issued</c>: <c>verifyPath</c> answers anyone with the holder's name.</summary>
public sealed record CertificateIssuedData(
    Guid CertificateId, string Code, Guid FounderUserId, Guid ModuleId, string ModuleCode, string ModuleName, decimal Hours, DateTimeOffset IssuedAt, string VerifyPath);
