using Hub.Application.Common.Security;
using Hub.Application.Training.Queries.ListSessions;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.GetSession;

[AllowRoles(Roles.Manager, Roles.Admin, Roles.Trainer, Roles.Founder)]
[AllowScopes(PartnerScopes.TrainingRead)]
public sealed record GetSessionQuery(Guid Id, string? TimeZone) : IQuery<TrainingSessionDto>;
