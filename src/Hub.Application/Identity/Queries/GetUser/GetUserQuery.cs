using Hub.Application.Common.Security;
using Hub.Application.Identity.Contracts;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Queries.GetUser;

/// <summary>Hub staff look up an account by id.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record GetUserQuery(Guid Id) : IQuery<IdentityPersonDto>;
