using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Common;

namespace Hub.Application.Applicants;

/// <summary>Who may see and change which application: one place for the module's resource checks.</summary>
internal static class ApplicantsAccess
{
    public static bool CanReadAll(this ICurrentUser user) =>
        user.IsManager() || user.IsPartnerWith(PartnerScopes.ApplicationsRead);

    /// <summary>Staff and partner systems act for a founder; a founder acts only for themself.</summary>
    public static bool ActsForFounders(this ICurrentUser user) =>
        user.IsManager() || user.IsPartnerWith(PartnerScopes.ApplicationsWrite);

    public static bool CanRead(this ICurrentUser user, ProgrammeApplication application) =>
        user.CanReadAll() || user.IsOwnerOf(application);

    public static bool CanWrite(this ICurrentUser user, ProgrammeApplication application) =>
        user.ActsForFounders() || user.IsOwnerOf(application);

    /// <summary>
    /// Someone else's application is answered as unknown, so its existence is not revealed; a caller who may read
    /// it but not change it (a read-only partner key) is refused outright.
    /// </summary>
    public static ProgrammeApplication EnsureCanWrite(this ICurrentUser user, ProgrammeApplication? application, Guid id) =>
        application is not null && user.CanWrite(application) ? application
        : application is not null && user.CanRead(application) ? throw new ForbiddenException("This key may read applications but not change them ('applications:write' is needed).")
        : throw new NotFoundException("Application", id);

    private static bool IsOwnerOf(this ICurrentUser user, ProgrammeApplication application) =>
        user.IsFounder() && user.Id == application.FounderUserId;
}
