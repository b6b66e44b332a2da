using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Queries.GetPreferredTimeZone;

/// <summary>The signed-in person's own time zone; <c>timeZone</c> is null when they chose none.</summary>
[AllowAnyPerson]
public sealed record GetPreferredTimeZoneQuery : IQuery<IdentityTimeZoneDto>;
