namespace Hub.Infrastructure.Identity;

/// <summary>How long the answer of <see cref="SignedInCheck"/> is kept per sign-in (<c>Hub:Auth:AccountCheckInterval</c>); zero checks every request.</summary>
internal sealed class AccountCheckOptions
{
    public const string Section = "Hub:Auth";

    public TimeSpan AccountCheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
