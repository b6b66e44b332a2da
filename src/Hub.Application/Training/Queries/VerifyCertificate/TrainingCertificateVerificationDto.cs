namespace Hub.Application.Training.Queries.VerifyCertificate;

/// <summary>What a certificate says, and nothing more: whose it is, for which module, how many hours, when.</summary>
public sealed record TrainingCertificateVerificationDto(string HolderName, string Module, decimal Hours, DateOnly IssuedOn);
