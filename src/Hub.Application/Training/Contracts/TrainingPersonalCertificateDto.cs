namespace Hub.Application.Training.Contracts;

public sealed record TrainingPersonalCertificateDto(string Code, string HolderName, string ModuleName, decimal Hours, DateTimeOffset IssuedAt);
