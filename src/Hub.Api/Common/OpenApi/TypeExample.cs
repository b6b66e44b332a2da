namespace Hub.Api.Common.OpenApi;

/// <summary>An example value of a request or response type.</summary>
internal sealed record TypeExample(Type Type, object Value)
{
    public static TypeExample Of<T>(T value)
        where T : notnull => new(typeof(T), value);
}
