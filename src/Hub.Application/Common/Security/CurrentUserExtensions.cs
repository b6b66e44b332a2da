using Hub.Application.Common.Exceptions;
using Hub.Domain.Common;

namespace Hub.Application.Common.Security;

public static class CurrentUserExtensions
{
    public static Guid RequireId(this ICurrentUser user) =>
        user.Id ?? throw new UnauthenticatedException("Sign in first.");

    /// <summary>Managers and admins run the programme, and so does the system actor; all may do what a manager may.</summary>
    public static bool IsManager(this ICurrentUser user) =>
        user.IsSystem || (!user.IsPartner && (user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Admin)));

    public static bool IsAdmin(this ICurrentUser user) => user.IsSystem || (!user.IsPartner && user.IsInRole(Roles.Admin));

    public static bool IsFounder(this ICurrentUser user) => !user.IsPartner && user.IsInRole(Roles.Founder);

    public static bool IsPartnerWith(this ICurrentUser user, string scope) => user.IsPartner && user.HasScope(scope);
}
