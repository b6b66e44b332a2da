using Hub.Application.Common.Security;
using Hub.Application.Training.Queries.ListTrainingModules;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.GetTrainingModule;

[AllowAnyPerson]
[AllowScopes(PartnerScopes.TrainingRead)]
public sealed record GetTrainingModuleQuery(Guid Id) : IQuery<TrainingModuleDto>;
