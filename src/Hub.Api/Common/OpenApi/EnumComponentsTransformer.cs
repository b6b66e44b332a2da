using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Api.Common.OpenApi;

/// <summary>
/// Turns each enum <see cref="EnumSchemaTransformer"/> marked into a reference to one schema of its name
/// (<c>#/components/schemas/Sector</c>), so a generated client has one <c>Sector</c> type, not one per property.
/// A nullable one stays inline (a reference cannot say null is allowed in OpenAPI 3.0).
/// </summary>
internal sealed class EnumComponentsTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var schema in document.Components.Schemas.Values.OfType<OpenApiSchema>().ToList())
        {
            foreach (var property in schema.Properties?.Keys.ToList() ?? [])
            {
                schema.Properties![property] = Named(schema.Properties[property], document);
            }
        }

        foreach (var operation in document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                parameter.Schema = parameter.Schema is null ? null : Named(parameter.Schema, document);
            }
        }

        return Task.CompletedTask;
    }

    private static IOpenApiSchema Named(IOpenApiSchema schema, OpenApiDocument document)
    {
        if (schema is not OpenApiSchema inline)
        {
            return schema;
        }

        if (inline.Items is not null)
        {
            inline.Items = Named(inline.Items, document);
        }

        if (inline.Extensions is null
            || !inline.Extensions.Remove(EnumSchemaTransformer.NameMarker, out var marker)
            || marker is not JsonNodeExtension { Node: { } node }
            || inline.Type?.HasFlag(JsonSchemaType.Null) == true)
        {
            return schema;
        }

        var name = node.GetValue<string>();
        document.Components!.Schemas!.TryAdd(name, new OpenApiSchema { Type = JsonSchemaType.String, Enum = inline.Enum });
        return new OpenApiSchemaReference(name, document);
    }
}
