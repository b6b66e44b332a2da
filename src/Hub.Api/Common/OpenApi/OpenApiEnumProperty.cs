namespace Hub.Api.Common.OpenApi;

/// <summary>A string property of a response DTO (from Hub.Application, which knows nothing of OpenAPI) and the values it takes.</summary>
internal sealed record OpenApiEnumProperty(Type DeclaringType, string PropertyName, OpenApiEnum Enum)
{
    public static OpenApiEnumProperty For<TDto>(string propertyName, OpenApiEnum values) =>
        typeof(TDto).GetProperty(propertyName) is null
            ? throw new InvalidOperationException($"{typeof(TDto).Name} has no property {propertyName}.")
            : new OpenApiEnumProperty(typeof(TDto), propertyName, values);
}
