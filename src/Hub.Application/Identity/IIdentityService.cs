using System.Security.Claims;
using Hub.Application.Identity.Contracts;

namespace Hub.Application.Identity;

/// <summary>The account store (ASP.NET Core Identity), behind a port so handlers stay free of it.</summary>
public interface IIdentityService
{
    /// <summary>Creates an account with one role. Refused passwords raise a validation error; a taken e-mail a conflict.</summary>
    Task<Guid> CreateUserAsync(string email, string password, string fullName, string role, CancellationToken cancellationToken);

    /// <summary>
    /// The account of that e-mail, given <paramref name="role"/> if it lacks it; created without a usable password when
    /// missing, and then with a one-time token that sets the password.
    /// </summary>
    Task<StaffAccount> EnsureAccountAsync(string email, string fullName, string role, CancellationToken cancellationToken);

    /// <summary>Sets the password with a one-time token; false for an unknown account or a wrong, used or expired token. Refused passwords raise a validation error.</summary>
    Task<bool> SetPasswordAsync(Guid userId, string token, string password, CancellationToken cancellationToken);

    /// <summary>A one-time token that sets a new password (as <see cref="SetPasswordAsync"/> takes) for the account of that e-mail; null when none can sign in with it.</summary>
    Task<PasswordReset?> IssuePasswordResetAsync(string email, CancellationToken cancellationToken);

    /// <summary>The signed-in principal, or null for a wrong e-mail or password or a locked-out account.</summary>
    Task<ClaimsPrincipal?> SignInAsync(string email, string password, CancellationToken cancellationToken);

    /// <summary>
    /// A fresh principal (of the same sign-in, with a new refresh token) for a refresh token used for the first time,
    /// its account unchanged since; otherwise null. A refresh token used a second time ends its whole sign-in.
    /// </summary>
    Task<ClaimsPrincipal?> RefreshAsync(string refreshToken, CancellationToken cancellationToken);

    Task<IdentityPersonDto?> FindPersonAsync(Guid userId, CancellationToken cancellationToken);

    Task<IdentityPersonDto?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Sets the language the hub writes to the person in; false when the account no longer exists.</summary>
    Task<bool> SetPreferredCultureAsync(Guid userId, string culture, CancellationToken cancellationToken);

    /// <summary>Sets the IANA time zone the person reads times in (null: the hub's); false when the account no longer exists.</summary>
    Task<bool> SetPreferredTimeZoneAsync(Guid userId, string? timeZone, CancellationToken cancellationToken);

    /// <summary>The person's time zone, null when they chose none or the account no longer exists.</summary>
    Task<string?> FindPreferredTimeZoneAsync(Guid userId, CancellationToken cancellationToken);
}
