using System.Security.Claims;
using Hub.Domain.Common;

namespace Hub.Api.Common.Security;

/// <summary>
/// Who is calling, as idempotency keys and rate limits count them: a partner key by its id, a person by theirs (never by
/// the client address, which partners behind one gateway share).
/// </summary>
internal static class CallerKey
{
    /// <summary><c>partner:&lt;key id&gt;</c>, <c>user:&lt;user id&gt;</c>, or null for an anonymous caller.</summary>
    public static string? Of(ClaimsPrincipal principal) =>
        IdOf(principal) is { } id ? (IsPartner(principal) ? "partner:" : "user:") + id.ToString("N") : null;

    /// <summary>The partner key's or the person's id, or null for an anonymous caller.</summary>
    public static Guid? IdOf(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool IsPartner(ClaimsPrincipal principal) =>
        principal.Identity?.AuthenticationType == AuthSchemes.ApiKey && principal.IsInRole(Roles.Partner);
}
