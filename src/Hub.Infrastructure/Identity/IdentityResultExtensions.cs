using Microsoft.AspNetCore.Identity;

namespace Hub.Infrastructure.Identity;

internal static class IdentityResultExtensions
{
    /// <summary>For start-up and demo work, where a refused account is a fault to stop on, not a user's mistake.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
