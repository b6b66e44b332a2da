using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.Common.Security;

/// <summary>Endpoint policies; resource checks (whose application is it?) happen in the handlers.</summary>
internal static class Policies
{
    public const string Admin = "Admin";
    public const string Manager = "Manager";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(Manager, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Manager, Roles.Admin));
    }
}
