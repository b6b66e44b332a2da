using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.ListMySessions;

/// <summary>The signed-in founder's sessions: every session of the programmes they are enrolled in, with their own attendance mark.</summary>
[AllowRoles(Roles.Founder)]
public sealed record ListMySessionsQuery(string? TimeZone) : IQuery<IReadOnlyList<TrainingMySessionDto>>;
