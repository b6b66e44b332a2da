using System.Security.Claims;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// The claims that tie a token to its sign-in: the family (one per login, kept by every refresh) and the id of the
/// refresh token issued with it. Both travel inside the data-protected tokens, so no client can change them.
/// </summary>
internal static class TokenFamilyClaims
{
    public const string Family = "hub.token_family";

    public const string RefreshToken = "hub.refresh_token";

    public static Claim[] For(Guid family) =>
        [new(Family, family.ToString()), new(RefreshToken, Guid.CreateVersion7().ToString())];

    public static Guid? FamilyOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(Family), out var family) ? family : null;

    public static Guid? RefreshTokenOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(RefreshToken), out var token) ? token : null;
}
