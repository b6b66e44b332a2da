using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.GetAttendance;

/// <summary>A session's register, for its trainer and managers.</summary>
[AllowRoles(Roles.Trainer, Roles.Manager, Roles.Admin)]
public sealed record GetAttendanceQuery(Guid SessionId) : IQuery<TrainingAttendanceDto>;
