using System.Collections.Frozen;
using System.Text;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// The commonly used and breached passwords of <c>CommonPasswords.txt</c> (embedded), compared case-insensitively
/// after Unicode NFKC normalisation, so <c>QWERTY123</c> and <c>Монгол123</c> are refused like their lower-case forms.
/// </summary>
internal static class CommonPasswords
{
    private const string ResourceName = "Hub.Identity.CommonPasswords.txt";

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password) => List.Value.Contains(Normalize(password));

    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from Hub.Infrastructure.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(Normalize(line));
            }
        }

        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
