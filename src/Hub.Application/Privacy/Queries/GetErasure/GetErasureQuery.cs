using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Privacy.Queries.GetErasure;

[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record GetErasureQuery(Guid Id) : IQuery<PrivacyErasureDto>;
