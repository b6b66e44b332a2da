using Hub.Domain.Common;

namespace Hub.Application.Training;

/// <summary>Parses the words of the API (mode, attendance status) into the domain's enums, by name only, never by number.</summary>
internal static class TrainingEnums
{
    public static bool IsName<TEnum>(string? value)
        where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Any(n => string.Equals(n, value?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static TEnum Parse<TEnum>(string? value, string field)
        where TEnum : struct, Enum =>
        IsName<TEnum>(value)
            ? Enum.Parse<TEnum>(value!.Trim(), ignoreCase: true)
            : throw new InvalidValueException(field, $"'{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
}
