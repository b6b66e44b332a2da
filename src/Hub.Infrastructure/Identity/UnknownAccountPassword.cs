using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// Checks a password against a fixed hash that no password matches, for a sign-in that has no account to check it
/// against (an unknown e-mail, a locked account): the answer then costs the same slow hash as a wrong password of a
/// real account, so its time does not tell whether the e-mail has an account. One hash per process, made with the
/// options of the hub's own hasher so it costs what a stored hash costs.
/// </summary>
internal sealed class UnknownAccountPassword
{
    private static readonly HubUser Nobody = new();

    private readonly PasswordHasher<HubUser> _hasher;

    private readonly Lazy<string> _hash;

    public UnknownAccountPassword(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<HubUser>(options);
        _hash = new Lazy<string>(() => _hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
    }

    public void Check(string password) => _ = _hasher.VerifyHashedPassword(Nobody, _hash.Value, password);
}
