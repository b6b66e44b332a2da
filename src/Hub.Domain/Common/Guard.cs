namespace Hub.Domain.Common;

internal static class Guard
{
    public static string Text(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new InvalidValueException(field, $"'{field}' must not be empty.");
        }

        if (trimmed.Contains('\0', StringComparison.Ordinal))
        {
            throw new InvalidValueException(field, $"'{field}' must not contain a NUL character.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new InvalidValueException(field, $"'{field}' must be at most {maxLength} characters.");
        }

        return trimmed;
    }
}
