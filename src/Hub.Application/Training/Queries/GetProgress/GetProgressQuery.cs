using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.GetProgress;

/// <summary>A founder's hours and completions: managers, partners with training:read, and the founder themself.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Founder)]
[AllowScopes(PartnerScopes.TrainingRead)]
public sealed record GetProgressQuery(Guid FounderUserId) : IQuery<TrainingProgressDto>;
