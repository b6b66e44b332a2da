namespace Hub.Domain.Common;

/// <summary>An ISO 639-1 language code, lower case (<c>mn</c>, <c>en</c>, <c>ru</c>…).</summary>
public readonly record struct LanguageCode
{
    private LanguageCode(string value) => Value = value;

    public string Value { get; }

    public static LanguageCode Create(string? code, string field = "language")
    {
        var normalized = code?.Trim().ToLowerInvariant() ?? string.Empty;
        return IsKnown(normalized)
            ? new LanguageCode(normalized)
            : throw new InvalidValueException(field, $"'{code}' is not an ISO 639-1 language code.");
    }

    public static bool IsKnown(string? code) =>
        code is { Length: 2 } && Iso6391.Codes.Contains(code.ToLowerInvariant());

    public override string ToString() => Value;
}
