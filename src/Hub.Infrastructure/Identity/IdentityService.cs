using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using Hub.Application.Common.Exceptions;
using Hub.Application.Identity;
using Hub.Application.Identity.Contracts;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Identity;

internal sealed class IdentityService(
    UserManager<HubUser> users,
    SignInManager<HubUser> signIn,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock) : IIdentityService
{
    public async Task<Guid> CreateUserAsync(string email, string password, string fullName, string role, CancellationToken cancellationToken)
    {
        var user = new HubUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email.Trim(),
            Email = email.Trim(),
            FullName = fullName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
            {
                throw new ConflictException($"An account with the e-mail '{email.Trim()}' already exists.");
            }

            throw new ValidationException(created.Errors.Select(e => new ValidationFailure(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", e.Description)));
        }

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException($"Could not give {email} the role {role}: {string.Join("; ", added.Errors.Select(e => e.Description))}");
        }

        return user.Id;
    }

    public async Task<ClaimsPrincipal?> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return null;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded ? await signIn.CreateUserPrincipalAsync(user) : null;
    }

    public async Task<ClaimsPrincipal?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
        {
            return null;
        }

        // A changed security stamp (new password, lockout, role change) invalidates the refresh token.
        var user = await signIn.ValidateSecurityStampAsync(ticket.Principal);
        return user is null ? null : await signIn.CreateUserPrincipalAsync(user);
    }

    public async Task<IdentityPersonDto?> FindPersonAsync(Guid userId, CancellationToken cancellationToken) =>
        await ToPersonAsync(await users.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken));

    public async Task<IdentityPersonDto?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken) =>
        await ToPersonAsync(await users.FindByEmailAsync(email.Trim()));

    private async Task<IdentityPersonDto?> ToPersonAsync(HubUser? user) =>
        user is null ? null : new IdentityPersonDto(user.Id, user.Email ?? string.Empty, user.FullName, [.. await users.GetRolesAsync(user)]);
}
