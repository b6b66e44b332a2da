using Hub.Application.Common.Security;
using Hub.Application.DemoDay.Queries.GetDemoDay;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Queries.FindJudge;

/// <summary>
/// The person with that e-mail who may judge (a Judge or a Mentor), or null: the manager's page appoints judges by
/// e-mail, then sends the API's own <c>InviteJudgeCommand</c> with the id found.
/// </summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record FindJudgeByEmailQuery(string Email) : IQuery<DemoDayJudgeDto?>;
