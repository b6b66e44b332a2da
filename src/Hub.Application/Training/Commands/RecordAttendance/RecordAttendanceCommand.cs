using Hub.Application.Common.Security;
using Hub.Application.Training.Queries.GetAttendance;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Commands.RecordAttendance;

/// <summary>Records a session's register in one go (the session's trainer or a manager); answers the register as saved.</summary>
[AllowRoles(Roles.Trainer, Roles.Manager, Roles.Admin)]
public sealed record RecordAttendanceCommand(Guid SessionId, IReadOnlyList<AttendanceLine>? Entries) : ICommand<TrainingAttendanceDto>;
