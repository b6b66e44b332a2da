using Mediator;

namespace Hub.Application.Applicants.Commands.ScheduleIntake;

public sealed record ScheduleIntakeCommand(string Name, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int Capacity) : ICommand<ScheduledIntake>;
