using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Api.Common.OpenApi;

/// <summary>
/// Gives the string properties and parameters that take values from a fixed list their <c>enum</c>: those marked
/// <see cref="OpenApiEnumAttribute"/> and those the modules' <see cref="IOpenApiEnumCatalog"/>s name. Each is marked
/// with its enum's name, for <see cref="EnumComponentsTransformer"/> to turn into a reference to one named schema.
/// </summary>
internal sealed class EnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public const string NameMarker = "x-hub-enum";

    private static readonly Dictionary<(Type, string), OpenApiEnum> Catalogued =
        typeof(EnumSchemaTransformer).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOpenApiEnumCatalog).IsAssignableFrom(t))
            .SelectMany(t => (IEnumerable<OpenApiEnumProperty>)t.GetProperty(nameof(IOpenApiEnumCatalog.Properties), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .ToDictionary(p => (p.DeclaringType, p.PropertyName), p => p.Enum);

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (EnumOf(context) is { } found)
        {
            var target = schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is OpenApiSchema items ? items : schema;
            target.Enum = [.. found.Values.Select(v => (JsonNode)JsonValue.Create(v))];
            target.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            target.Extensions[NameMarker] = new JsonNodeExtension(JsonValue.Create(found.Name));
        }

        return Task.CompletedTask;
    }

    private static OpenApiEnum? EnumOf(OpenApiSchemaTransformerContext context)
    {
        if (context.JsonPropertyInfo is { } property)
        {
            var marked = property.AttributeProvider?.GetCustomAttributes(typeof(OpenApiEnumAttribute), inherit: false).OfType<OpenApiEnumAttribute>().FirstOrDefault();
            return marked?.Enum
                ?? (property.AttributeProvider is MemberInfo member && Catalogued.TryGetValue((property.DeclaringType, member.Name), out var catalogued) ? catalogued : null);
        }

        return context.ParameterDescription?.ParameterDescriptor is IParameterInfoParameterDescriptor parameter
            ? parameter.ParameterInfo.GetCustomAttribute<OpenApiEnumAttribute>()?.Enum
            : null;
    }
}
