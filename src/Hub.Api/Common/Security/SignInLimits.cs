using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Hub.Api.Common.Security;

/// <summary>
/// The sign-in, registration and password-reset budgets of <see cref="HubAuthOptions"/> over an <see cref="AttemptLedger"/>:
/// failures per client address and per e-mail, the growing delay of an address's failures, registrations per address.
/// The client address is <c>Connection.RemoteIpAddress</c> (set from X-Forwarded-For only behind a known proxy); an
/// IPv6 client is counted by its /64, which one household or phone usually holds whole.
/// </summary>
internal sealed class SignInLimits(AttemptLedger ledger, IOptions<HubAuthOptions> options)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly HubAuthOptions _options = options.Value;

    /// <summary>Why a sign-in may not be tried now (the address or the e-mail has failed too often), or null.</summary>
    public LimitRefusal? RefuseSignIn(IPAddress? address, string email)
    {
        var byAddress = ledger.Look(AddressKey(address), _options.FailedSignInsPerAddress, _options.FailureWindow).RetryAfter;
        if (byAddress is { } addressWait)
        {
            return new LimitRefusal(addressWait, $"Too many failed sign-ins from this address; try again in {LimitRefusal.Seconds(addressWait)} seconds.");
        }

        return ledger.Look(AccountKey(email), _options.FailedSignInsPerAccount, _options.FailureWindow).RetryAfter is { } accountWait
            ? new LimitRefusal(accountWait, $"Too many failed sign-ins for this e-mail; try again in {LimitRefusal.Seconds(accountWait)} seconds.")
            : null;
    }

    /// <summary>Counts a failed sign-in against the address and the e-mail, and answers how long to hold its answer back.</summary>
    public TimeSpan RecordFailure(IPAddress? address, string email)
    {
        ledger.Record(AccountKey(email), _options.FailureWindow);
        return DelayAfter(ledger.Record(AddressKey(address), _options.FailureWindow), _options.FailureDelay, _options.MaxFailureDelay);
    }

    /// <summary>Counts a registration of the address, or refuses it when the address has registered enough this hour.</summary>
    public LimitRefusal? TryRegister(IPAddress? address) =>
        ledger.TryRecord("register:" + AddressKey(address), _options.RegistrationsPerHour, Hour) is { } wait
            ? new LimitRefusal(wait, $"At most {_options.RegistrationsPerHour} registrations an hour from one address; try again in {LimitRefusal.Seconds(wait)} seconds.")
            : null;

    /// <summary>Counts a password-reset request of the address and the e-mail, or refuses it when either has asked enough this hour.</summary>
    public LimitRefusal? TryRequestPasswordReset(IPAddress? address, string email)
    {
        if (ledger.TryRecord("password-reset:" + AddressKey(address), _options.PasswordResetsPerHour, Hour) is { } addressWait)
        {
            return new LimitRefusal(addressWait, $"At most {_options.PasswordResetsPerHour} password resets an hour from one address; try again in {LimitRefusal.Seconds(addressWait)} seconds.");
        }

        return ledger.TryRecord("password-reset:" + AccountKey(email), _options.PasswordResetsPerAccountPerHour, Hour) is { } accountWait
            ? new LimitRefusal(accountWait, $"At most {_options.PasswordResetsPerAccountPerHour} password resets an hour for one e-mail; try again in {LimitRefusal.Seconds(accountWait)} seconds.")
            : null;
    }

    /// <summary>None for an address's first failure in the window (a typo), then <paramref name="first"/>, doubling each time, up to <paramref name="max"/>.</summary>
    public static TimeSpan DelayAfter(int failures, TimeSpan first, TimeSpan max) =>
        failures <= 1 || first <= TimeSpan.Zero ? TimeSpan.Zero
        : failures - 2 >= 30 ? max
        : TimeSpan.FromTicks(Math.Min(max.Ticks, first.Ticks * (1L << (failures - 2))));

    public static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "address:unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }

        return "address:" + address;
    }

    /// <summary>By the e-mail as typed (trimmed, upper-cased as Identity normalises it), whether it has an account or not.</summary>
    private static string AccountKey(string email) => "account:" + email.Trim().ToUpperInvariant();
}
