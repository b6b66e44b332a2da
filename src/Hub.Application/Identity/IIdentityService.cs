using System.Security.Claims;
using Hub.Application.Identity.Contracts;

namespace Hub.Application.Identity;

/// <summary>The account store (ASP.NET Core Identity), behind a port so handlers stay free of it.</summary>
public interface IIdentityService
{
    /// <summary>Creates an account with one role. Refused passwords raise a validation error; a taken e-mail a conflict.</summary>
    Task<Guid> CreateUserAsync(string email, string password, string fullName, string role, CancellationToken cancellationToken);

    /// <summary>The signed-in principal, or null for a wrong e-mail or password or a locked-out account.</summary>
    Task<ClaimsPrincipal?> SignInAsync(string email, string password, CancellationToken cancellationToken);

    /// <summary>A fresh principal for a still-valid refresh token (its account unchanged since), or null.</summary>
    Task<ClaimsPrincipal?> RefreshAsync(string refreshToken, CancellationToken cancellationToken);

    Task<IdentityPersonDto?> FindPersonAsync(Guid userId, CancellationToken cancellationToken);

    Task<IdentityPersonDto?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken);
}
