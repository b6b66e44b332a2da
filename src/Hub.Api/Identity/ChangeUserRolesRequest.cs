using System.ComponentModel;
using Hub.Api.Common.OpenApi;

namespace Hub.Api.Identity;

public sealed record ChangeUserRolesRequest(
    [property: OpenApiEnum(FixedList.PersonRoles), Description("The person's roles from now on, replacing all they held; Founder never with Manager or Admin.")] IReadOnlyList<string>? Roles,
    [property: Description("The account's `version` as last read; a stale one is refused with 409.")] string? Version);
