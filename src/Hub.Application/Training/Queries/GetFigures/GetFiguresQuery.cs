using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.GetFigures;

[AllowRoles(Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.TrainingRead)]
public sealed record GetFiguresQuery : IQuery<TrainingFiguresDto>;
