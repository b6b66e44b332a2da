namespace Hub.Application.Common.Validation;

/// <summary>
/// A value a client sent, as an error message may quote it: at most <see cref="MaxLength"/> characters, then an
/// ellipsis. A message names what was wrong without sending a megabyte of it back.
/// </summary>
public static class EchoedValue
{
    public const int MaxLength = 100;

    public const string Ellipsis = "…";

    /// <summary>The value itself when it is short, else its first <paramref name="maxLength"/> characters and "…".</summary>
    public static string Of(string? value, int maxLength = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (value is null || value.Length <= maxLength)
        {
            return value ?? string.Empty;
        }

        // Never cut a surrogate pair in two: half a character is not valid text.
        var end = char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength;
        return string.Concat(value.AsSpan(0, end), Ellipsis);
    }
}
