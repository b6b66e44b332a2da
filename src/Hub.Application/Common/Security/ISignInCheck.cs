using System.Security.Claims;

namespace Hub.Application.Common.Security;

/// <summary>
/// Whether a signed-in principal (a bearer token or cookie) still stands: account not locked, password unchanged,
/// sign-in not ended. Cheap on every request: it answers from a short cache and touches the account store only on a miss.
/// </summary>
public interface ISignInCheck
{
    Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken);
}
