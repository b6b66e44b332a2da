using System.Text.RegularExpressions;

namespace Hub.Domain.Common;

/// <summary>
/// A phone number in international form (<c>+97699112233</c>). A Mongolian number written without a country
/// code (8 digits, as people write them locally) is taken as +976.
/// </summary>
public sealed partial record PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    public string Value { get; }

    public static PhoneNumber Create(string? raw, string field = "phone")
    {
        var compact = Separators().Replace(raw?.Trim() ?? string.Empty, string.Empty);
        if (LocalMongolian().IsMatch(compact))
        {
            compact = "+976" + compact;
        }
        else if (compact.StartsWith("00", StringComparison.Ordinal))
        {
            compact = "+" + compact[2..];
        }

        return International().IsMatch(compact)
            ? new PhoneNumber(compact)
            : throw new InvalidValueException(field, $"'{raw}' is not a phone number: use +976 and 8 digits, or another country code and 6 to 14 digits.");
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"[\s\-().]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[0-9]{8}$")]
    private static partial Regex LocalMongolian();

    [GeneratedRegex(@"^\+(976[0-9]{8}|(?!976)[1-9][0-9]{6,14})$")]
    private static partial Regex International();
}
