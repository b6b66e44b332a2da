namespace Hub.Api.Common.Security;

/// <summary>
/// Sign-in settings (<c>Hub:Auth</c>): how long an access token lives, and how much guessing one client address and
/// one e-mail may do. Failed sign-ins are counted, not sign-ins: a classroom behind one address signs in freely while a
/// guesser is stopped. See ADR 0015.
/// </summary>
internal sealed class HubAuthOptions
{
    public const string Section = "Hub:Auth";

    /// <summary>Failed sign-ins from one client address in <see cref="FailureWindow"/>; then 429 until the oldest leaves the window.</summary>
    public int FailedSignInsPerAddress { get; set; } = 20;

    /// <summary>Failed sign-ins for one e-mail (known or not) in <see cref="FailureWindow"/>, from any address; then 429.</summary>
    public int FailedSignInsPerAccount { get; set; } = 10;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long the answer to an address's second failure in the window is held back; it doubles with each further one.</summary>
    public TimeSpan FailureDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxFailureDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Registrations from one client address an hour (each attempt counts); then 429.</summary>
    public int RegistrationsPerHour { get; set; } = 50;

    /// <summary>Password-reset requests from one client address an hour (each request counts); then 429.</summary>
    public int PasswordResetsPerHour { get; set; } = 20;

    /// <summary>Password-reset requests for one e-mail (known or not) an hour, from any address, so nobody floods a mailbox; then 429.</summary>
    public int PasswordResetsPerAccountPerHour { get; set; } = 3;

    /// <summary>Token refreshes from one client address a minute, a budget of their own; then 429.</summary>
    public int RefreshesPerMinute { get; set; } = 60;

    /// <summary>Sign-ins of one address checked at once; the rest wait their turn, so parallel guesses cannot outrun the count.</summary>
    public int SignInsAtOncePerAddress { get; set; } = 4;

    /// <summary>How long an access token is valid (<c>expiresIn</c>); refresh tokens stay valid 14 days and work once.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a partner key's lookup (like a sign-in's account check) is kept; 0 looks it up on every request (ADR 0021).</summary>
    public TimeSpan AccountCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    public void Validate()
    {
        if (FailedSignInsPerAddress < 1 || FailedSignInsPerAccount < 1 || RegistrationsPerHour < 1 || PasswordResetsPerHour < 1 || PasswordResetsPerAccountPerHour < 1 || RefreshesPerMinute < 1 || SignInsAtOncePerAddress < 1)
        {
            throw new InvalidOperationException($"{Section}: every limit (FailedSignInsPerAddress, FailedSignInsPerAccount, RegistrationsPerHour, PasswordResetsPerHour, PasswordResetsPerAccountPerHour, RefreshesPerMinute, SignInsAtOncePerAddress) must be at least 1.");
        }

        if (FailureWindow <= TimeSpan.Zero || AccessTokenLifetime <= TimeSpan.Zero || FailureDelay < TimeSpan.Zero || MaxFailureDelay < FailureDelay)
        {
            throw new InvalidOperationException($"{Section}: FailureWindow and AccessTokenLifetime must be positive, and MaxFailureDelay at least FailureDelay (both may be 0).");
        }
    }
}
