using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Commands.DeclareConflict;

/// <summary>A manager declares any judge's conflict; a judge declares their own.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Judge, Roles.Mentor)]
public sealed record DeclareConflictCommand(Guid DemoDayId, Guid JudgeUserId, Guid PitchId, uint? ExpectedVersion = null) : ICommand;
