using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Applicants.Commands.ScheduleIntake;

[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record ScheduleIntakeCommand(string Name, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int Capacity) : ICommand<ScheduledIntake>;
