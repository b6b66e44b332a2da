namespace Hub.Application.Training.Queries.GetProgress;

public sealed record TrainingCertificateDto(string Code, Guid ModuleId, decimal Hours, DateOnly IssuedOn);
