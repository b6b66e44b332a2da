using System.Security.Cryptography;

namespace Hub.Domain.Training.Certificates;

/// <summary>
/// The short code printed on a certificate, by which anyone can verify it: 12 characters drawn by a cryptographic
/// random generator from 29 that cannot be mistaken for one another (no 0/O, 1/I/L, U/V), about 58 bits.
/// </summary>
public static class CertificateCode
{
    public const int Length = 12;

    public const string Alphabet = "ABCDEFGHJKMNPQRSTWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>A code as someone may type it (lower case, with spaces or dashes), in the form it is stored; null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return null;
        }

        var code = new string([.. typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
