using Hub.Application.Common.Security;
using Hub.Application.Training.Queries.GetAttendance;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Commands.RecordAttendance;

/// <summary>
/// Records a session's register in one go (the session's trainer or a manager); answers the register as saved. With
/// <see cref="ExpectedVersion"/> (If-Match), a register saved by someone else meanwhile is refused (409) rather than overwritten.
/// </summary>
[AllowRoles(Roles.Trainer, Roles.Manager, Roles.Admin)]
public sealed record RecordAttendanceCommand(Guid SessionId, IReadOnlyList<AttendanceLine>? Entries, uint? ExpectedVersion = null) : ICommand<TrainingAttendanceDto>;
