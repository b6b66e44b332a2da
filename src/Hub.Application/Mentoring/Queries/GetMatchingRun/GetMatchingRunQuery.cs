using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Queries.GetMatchingRun;

[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record GetMatchingRunQuery(Guid Id) : IQuery<MentoringMatchingRunDto>;
