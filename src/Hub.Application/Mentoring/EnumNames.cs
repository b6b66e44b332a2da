namespace Hub.Application.Mentoring;

internal static class EnumNames
{
    /// <summary>Whether the text names a member of the enum (any case), rather than being a number or anything else.</summary>
    public static bool IsNameOf<TEnum>(string? text)
        where TEnum : struct, Enum =>
        text is not null && !int.TryParse(text, out _) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value);
}
