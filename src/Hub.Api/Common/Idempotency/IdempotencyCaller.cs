using System.Security.Claims;
using Hub.Api.Common.Security;
using Hub.Domain.Common;

namespace Hub.Api.Common.Idempotency;

/// <summary>Whose keys a request uses: a partner key's id or a person's id, never shared between the two kinds.</summary>
internal static class IdempotencyCaller
{
    /// <summary><c>partner:&lt;key id&gt;</c>, <c>user:&lt;user id&gt;</c>, or null for an anonymous caller.</summary>
    public static string? Of(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return null;
        }

        var partner = principal.Identity.AuthenticationType == AuthSchemes.ApiKey && principal.IsInRole(Roles.Partner);
        return (partner ? "partner:" : "user:") + id.ToString("N");
    }
}
