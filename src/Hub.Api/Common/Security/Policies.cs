using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.Common.Security;

/// <summary>
/// The policy of pages outside the API (the job dashboard). API endpoints take theirs from the request they send
/// (<see cref="RequestAuthorizationExtensions.Sends{TRequest}"/>).
/// </summary>
internal static class Policies
{
    public const string Admin = "Admin";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
    }
}
