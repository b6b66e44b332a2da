namespace Hub.Application.Training.Queries.GetProgress;

public sealed record TrainingModuleProgressDto(Guid ModuleId, string Code, string Name, int PlannedHours, decimal AttendedHours, decimal Share, bool Completed);
