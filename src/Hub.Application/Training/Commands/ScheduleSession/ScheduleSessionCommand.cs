using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Commands.ScheduleSession;

/// <summary>Schedules a session of a programme (possibly already held); answers its id.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record ScheduleSessionCommand(
    Guid ProgrammeId, Guid ModuleId, string Title, DateTimeOffset StartsAt, int DurationMinutes, string Mode, string? Venue, string? Link, Guid TrainerUserId)
    : ICommand<Guid>;
