namespace Hub.Application.Training.Queries.GetFigures;

public sealed record TrainingModuleFiguresDto(Guid ModuleId, string Code, int SessionsHeld, decimal AttendedHours, int CertificatesIssued);
