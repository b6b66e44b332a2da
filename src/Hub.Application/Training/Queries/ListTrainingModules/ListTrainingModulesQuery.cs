using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.ListTrainingModules;

/// <summary>The curriculum, in its order: open to any signed-in person and to partners with training:read.</summary>
[AllowAnyPerson]
[AllowScopes(PartnerScopes.TrainingRead)]
public sealed record ListTrainingModulesQuery(PageRequest Page) : IQuery<PagedList<TrainingModuleDto>>;
