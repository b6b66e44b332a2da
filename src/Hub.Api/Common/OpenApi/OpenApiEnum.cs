using Hub.Domain.Common;

namespace Hub.Api.Common.OpenApi;

/// <summary>
/// A list of strings the API takes or returns, shown in the OpenAPI document as a named <c>enum</c> schema
/// (<c>#/components/schemas/{Name}</c>), so a generated client has one <c>Sector</c> type wherever a sector goes.
/// The values are read from where the domain keeps them.
/// </summary>
internal sealed record OpenApiEnum(string Name, IReadOnlyList<string> Values)
{
    public static OpenApiEnum PersonRoles { get; } = new("Role", Roles.PersonRoles);

    public static OpenApiEnum PartnerScopes { get; } = new("PartnerScope", Domain.Common.PartnerScopes.All);

    /// <summary>The ISO 639-1 codes the domain knows (<see cref="LanguageCode.IsKnown"/>), in alphabetical order.</summary>
    public static OpenApiEnum LanguageCodes { get; } = new(
        nameof(LanguageCode),
        [
            .. from first in Enumerable.Range('a', 26)
               from second in Enumerable.Range('a', 26)
               let code = $"{(char)first}{(char)second}"
               where LanguageCode.IsKnown(code)
               select code,
        ]);

    public static OpenApiEnum Of<TEnum>()
        where TEnum : struct, Enum => Of(typeof(TEnum));

    public static OpenApiEnum Of(Type enumType) =>
        enumType.IsEnum ? new(enumType.Name, Enum.GetNames(enumType)) : throw new ArgumentException($"{enumType.Name} is not an enum.", nameof(enumType));

    public static OpenApiEnum Of(FixedList list) => list switch
    {
        FixedList.PersonRoles => PersonRoles,
        FixedList.PartnerScopes => PartnerScopes,
        FixedList.LanguageCodes => LanguageCodes,
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, null),
    };
}
