using Hub.Domain.Common;

namespace Hub.Application.SeedCapital;

/// <summary>Parses the words of the API (kind, currency, status) into the domain's enums, by name only.</summary>
internal static class SeedCapitalEnums
{
    public static bool IsName<TEnum>(string? value)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(value, out _);

    public static TEnum Parse<TEnum>(string? value, string field)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(value, out var parsed)
            ? parsed
            : throw new InvalidValueException(field, $"'{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");

    private static bool TryParse<TEnum>(string? value, out TEnum parsed)
        where TEnum : struct, Enum
    {
        parsed = default;
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, value?.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out parsed);
    }
}
