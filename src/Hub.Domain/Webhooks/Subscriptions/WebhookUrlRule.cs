using System.Net;
using System.Net.Sockets;

namespace Hub.Domain.Webhooks.Subscriptions;

/// <summary>
/// Where the hub may post: an absolute https URL to a public address. Plain http, loopback, private, link-local and
/// other internal addresses are refused unless <c>allowPrivateNetwork</c> is set (development and tests), so an
/// admin key cannot turn the hub into a probe of its own network (SSRF). Host names are checked again, resolved,
/// when a delivery connects.
/// </summary>
public static class WebhookUrlRule
{
    public const int MaxLength = 2000;

    /// <returns>The reason the URL is refused, or null when it is accepted.</returns>
    public static string? Refusal(string? url, bool allowPrivateNetwork)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return $"'url' must be an absolute URL of at most {MaxLength} characters.";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !(allowPrivateNetwork && uri.Scheme == Uri.UriSchemeHttp))
        {
            return "'url' must use https.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return "'url' must not carry credentials or a fragment; put a token in the path or query, or verify the signature.";
        }

        if (allowPrivateNetwork)
        {
            return null;
        }

        if (uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase))
        {
            return "'url' must not point at this machine or an internal host.";
        }

        return IPAddress.TryParse(uri.DnsSafeHost, out var address) && !IsPublic(address)
            ? "'url' must not point at a private, loopback or link-local address."
            : null;
    }

    /// <summary>Whether an address is on the public internet (not loopback, private, link-local, carrier-grade NAT, multicast or unspecified).</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC);
        }

        var b = address.GetAddressBytes();
        return !(b[0] == 10
            || b[0] == 0
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 192 && b[1] == 0 && b[2] == 0)
            || (b[0] == 198 && (b[1] == 18 || b[1] == 19))
            || b[0] >= 224);
    }
}
