namespace Hub.Application.Applicants.Commands.ScheduleIntake;

public sealed record ScheduledIntake(Guid Id, string Status);
