using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Commands.InviteJudge;

/// <summary>A person with the Judge role, or a mentor invited as a judge, joins the day's jury.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record InviteJudgeCommand(Guid DemoDayId, Guid UserId, uint? ExpectedVersion = null) : ICommand;
