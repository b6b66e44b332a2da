namespace Hub.Application.Training.Queries.GetProgress;

public sealed record TrainingGroupMentoringBlockDto(int Number, int PlannedHours, decimal AttendedHours, bool Completed);
