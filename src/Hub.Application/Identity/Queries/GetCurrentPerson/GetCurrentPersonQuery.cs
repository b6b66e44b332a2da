using Hub.Application.Common.Security;
using Hub.Application.Identity.Contracts;
using Mediator;

namespace Hub.Application.Identity.Queries.GetCurrentPerson;

/// <summary>The signed-in person's own account.</summary>
[AllowAnyPerson]
public sealed record GetCurrentPersonQuery : IQuery<IdentityPersonDto>;
