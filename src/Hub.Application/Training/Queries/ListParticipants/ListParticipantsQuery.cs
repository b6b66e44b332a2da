using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.ListParticipants;

/// <summary>The founders enrolled in a programme, by name; a trainer sees them for the programmes they run sessions in.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Trainer)]
[AllowScopes(PartnerScopes.TrainingRead)]
public sealed record ListParticipantsQuery(Guid ProgrammeId, PageRequest Page) : IQuery<PagedList<TrainingParticipantDto>>;
