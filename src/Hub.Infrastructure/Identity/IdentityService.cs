using System.Security.Claims;
using System.Security.Cryptography;
using FluentValidation;
using FluentValidation.Results;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Notifications;
using Hub.Application.Identity;
using Hub.Application.Identity.Contracts;
using Hub.Infrastructure.Identity.Persistence;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Identity;

internal sealed class IdentityService(
    UserManager<HubUser> users,
    SignInManager<HubUser> signIn,
    AccountFactory accounts,
    UnknownAccountPassword unknownAccount,
    RefreshTokenRotation rotation,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    HubIdentityDbContext database,
    TimeProvider clock) : IIdentityService
{
    public async Task<Guid> CreateUserAsync(string email, string password, string fullName, string role, CancellationToken cancellationToken)
    {
        var (user, result) = await accounts.CreateAsync(email, password, fullName, role, cancellationToken);
        if (user is not null)
        {
            return user.Id;
        }

        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
        {
            throw new ConflictException($"An account with the e-mail '{email.Trim()}' already exists.");
        }

        var passwordErrors = result.Errors.Where(IsAboutPassword).Select(e => e.Description).ToList();
        var failures = result.Errors.Where(e => !IsAboutPassword(e)).Select(e => new ValidationFailure("email", e.Description)).ToList();
        if (passwordErrors.Count > 0)
        {
            // What was wrong, then the whole rule, so the next try can meet it.
            failures.Add(new ValidationFailure("password", $"{string.Join(" ", passwordErrors)} Password rules: {PasswordPolicy.Description}"));
        }

        throw new ValidationException(failures);
    }

    public async Task<StaffAccount> EnsureAccountAsync(string email, string fullName, string role, CancellationToken cancellationToken)
    {
        var existing = await users.FindByEmailAsync(email.Trim());
        if (existing is not null)
        {
            if (!await users.IsInRoleAsync(existing, role))
            {
                (await users.AddToRoleAsync(existing, role)).ThrowIfFailed($"give {email} the role {role}");
            }

            return new StaffAccount(existing.Id, null);
        }

        // A random password nobody knows: the account cannot sign in until its holder sets one through the link.
        var unusable = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var (user, result) = await accounts.CreateAsync(email, unusable, fullName, role, cancellationToken, checkPassword: false);
        if (user is null)
        {
            return result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail))
                ? throw new ConflictException($"An account with the e-mail '{email.Trim()}' was created at the same moment; try again.")
                : throw new ValidationException(result.Errors.Select(e => new ValidationFailure("email", e.Description)));
        }

        return new StaffAccount(user.Id, await users.GeneratePasswordResetTokenAsync(user));
    }

    public async Task<bool> SetPasswordAsync(Guid userId, string token, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<HubUser>.ResetPasswordTokenPurpose, token))
        {
            unknownAccount.Check(password);
            return false;
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            return true;
        }

        var passwordErrors = result.Errors.Where(IsAboutPassword).Select(e => e.Description).ToList();
        return passwordErrors.Count == 0
            ? false
            : throw new ValidationException([new ValidationFailure("password", $"{string.Join(" ", passwordErrors)} Password rules: {PasswordPolicy.Description}")]);
    }

    public async Task<PasswordReset?> IssuePasswordResetAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        return user is null || !await signIn.CanSignInAsync(user)
            ? null
            : new PasswordReset(user.Id, user.FullName, await users.GeneratePasswordResetTokenAsync(user));
    }

    public async Task<ClaimsPrincipal?> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            // Identity answers these without hashing; hash anyway, so the answer takes as long as a wrong password.
            unknownAccount.Check(password);
            return null;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded ? await PrincipalAsync(user, Guid.CreateVersion7()) : null;
    }

    public async Task<ClaimsPrincipal?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
        {
            return null;
        }

        // A token from before rotation has no family: its holder signs in again.
        if (TokenFamilyClaims.FamilyOf(ticket.Principal) is not { } family
            || TokenFamilyClaims.RefreshTokenOf(ticket.Principal) is not { } tokenId
            || !Guid.TryParse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !await rotation.TryUseAsync(tokenId, family, userId, expires, cancellationToken))
        {
            return null;
        }

        // A changed security stamp (a new password) ends the refresh token, and so does a locked-out account.
        var user = await signIn.ValidateSecurityStampAsync(ticket.Principal);
        return user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user)
            ? null
            : await PrincipalAsync(user, family);
    }

    /// <summary>The account and its roles in one round trip (UserManager would take two): <c>/auth/me</c> runs on every page load.</summary>
    public async Task<IdentityPersonDto?> FindPersonAsync(Guid userId, CancellationToken cancellationToken)
    {
        var person = await database.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.FullName,
                u.PreferredCulture,
                Roles = database.UserRoles.Where(link => link.UserId == u.Id)
                    .Join(database.Roles, link => link.RoleId, role => role.Id, (_, role) => role.Name!)
                    .OrderBy(name => name)
                    .ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return person is null
            ? null
            : new IdentityPersonDto(person.Id, person.Email ?? string.Empty, person.FullName, person.Roles, NotificationCultures.For(person.PreferredCulture, person.Roles));
    }

    public async Task<IdentityPersonDto?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken) =>
        await ToPersonAsync(await users.FindByEmailAsync(email.Trim()));

    // A link with ?culture= asks again on every visit: the row is written only when the choice changes (an UPDATE
    // of the same value would still write a new row version).
    public async Task<bool> SetPreferredCultureAsync(Guid userId, string culture, CancellationToken cancellationToken) =>
        await users.Users.Where(u => u.Id == userId && u.PreferredCulture != culture)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredCulture, culture), cancellationToken) > 0
        || await users.Users.AnyAsync(u => u.Id == userId, cancellationToken);

    public async Task<bool> SetPreferredTimeZoneAsync(Guid userId, string? timeZone, CancellationToken cancellationToken) =>
        await users.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredTimeZone, timeZone), cancellationToken) > 0;

    public Task<string?> FindPreferredTimeZoneAsync(Guid userId, CancellationToken cancellationToken) =>
        users.Users.Where(u => u.Id == userId).Select(u => u.PreferredTimeZone).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The person's claims, with the token family of this sign-in and the id of the refresh token issued now.</summary>
    private async Task<ClaimsPrincipal> PrincipalAsync(HubUser user, Guid family)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        principal.Identities.First().AddClaims(TokenFamilyClaims.For(family));
        return principal;
    }

    private async Task<IdentityPersonDto?> ToPersonAsync(HubUser? user)
    {
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        return new IdentityPersonDto(user.Id, user.Email ?? string.Empty, user.FullName, [.. roles], NotificationCultures.For(user.PreferredCulture, [.. roles]));
    }

    private static bool IsAboutPassword(IdentityError error) => error.Code.StartsWith("Password", StringComparison.Ordinal);
}
