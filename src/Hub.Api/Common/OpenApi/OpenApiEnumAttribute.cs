namespace Hub.Api.Common.OpenApi;

/// <summary>
/// Documents a string property or parameter as an <c>enum</c> of the values it takes, while it stays a string on the
/// wire and in binding (so an unknown value still gets the validators' friendly 400): <c>[OpenApiEnum(typeof(Sector))]</c>
/// for an enum's names, <c>[OpenApiEnum(FixedList.PartnerScopes)]</c> for the other lists. On a list, the items are the enum.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
internal sealed class OpenApiEnumAttribute : Attribute
{
    public OpenApiEnumAttribute(Type enumType) => Enum = OpenApiEnum.Of(enumType);

    public OpenApiEnumAttribute(FixedList list) => Enum = OpenApiEnum.Of(list);

    public OpenApiEnum Enum { get; }
}
