using Hub.Application.Common.Security;
using Hub.Application.Training.Queries.ListProgrammes;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.GetProgramme;

[AllowRoles(Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.TrainingRead)]
public sealed record GetProgrammeQuery(Guid Id) : IQuery<TrainingProgrammeDto>;
