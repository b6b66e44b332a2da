namespace Hub.Api.Common.OpenApi;

/// <summary>
/// One module's response DTO properties that are strings from a fixed list (the request records of Hub.Api say it
/// with <see cref="OpenApiEnumAttribute"/> instead). Found by reflection, like the endpoint groups.
/// </summary>
internal interface IOpenApiEnumCatalog
{
    static abstract IEnumerable<OpenApiEnumProperty> Properties { get; }
}
