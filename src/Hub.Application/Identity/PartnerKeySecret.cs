using System.Security.Cryptography;
using System.Text;

namespace Hub.Application.Identity;

/// <summary>
/// Partner keys are 256 random bits, so a single SHA-256 is a safe way to store them (no slow password hash is
/// needed against guessing) and lets each request find its key by an indexed lookup.
/// </summary>
public static class PartnerKeySecret
{
    private const string Marker = "hub_";

    public static (string Key, string Prefix, string Hash) Generate()
    {
        var key = Marker + Base64Url(RandomNumberGenerator.GetBytes(32));
        return (key, key[..12], Hash(key));
    }

    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
