using Hub.Domain.Common;

namespace Hub.Application.Common.Validation;

/// <summary>
/// The words of the API for the domain's enums: a member's name in any case, never its number or a comma list
/// (which <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would take).
/// </summary>
internal static class EnumNames
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
