using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.ListProgrammes;

/// <summary>Programmes, newest first, optionally of one intake.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.TrainingRead)]
public sealed record ListProgrammesQuery(Guid? IntakeId, PageRequest Page) : IQuery<PagedList<TrainingProgrammeDto>>;
