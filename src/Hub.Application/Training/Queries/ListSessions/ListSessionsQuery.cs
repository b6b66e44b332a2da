using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.ListSessions;

/// <summary>Sessions by start time: all for managers and partners, a trainer's own, or those of a founder's programmes.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Trainer, Roles.Founder)]
[AllowScopes(PartnerScopes.TrainingRead)]
public sealed record ListSessionsQuery(Guid? ProgrammeId, DateTimeOffset? From, DateTimeOffset? To, string? TimeZone, PageRequest Page)
    : IQuery<PagedList<TrainingSessionDto>>;
