using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Common.Endpoints;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Hub.Api.Common.OpenApi;

/// <summary>
/// Puts the catalogued example of an operation's JSON request body and of each JSON 2xx response into the document,
/// written as the API writes it (the app's JSON options: camelCase, Cyrillic as is).
/// </summary>
internal sealed class ExampleTransformer(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    private const string Json = "application/json";

    private static readonly Dictionary<Type, object> Catalogued =
        typeof(ExampleTransformer).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOpenApiExampleCatalog).IsAssignableFrom(t))
            .SelectMany(t => (IEnumerable<TypeExample>)t.GetProperty(nameof(IOpenApiExampleCatalog.Examples), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
            .ToDictionary(e => e.Type, e => e.Value);

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var body = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        if (body is not null && operation.RequestBody?.Content?.TryGetValue(Json, out var request) == true && Example(body) is { } requestExample)
        {
            request.Example = requestExample;
        }

        foreach (var response in context.Description.SupportedResponseTypes.Where(r => r.StatusCode is >= 200 and < 300 && r.Type is not null))
        {
            var key = response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses?.TryGetValue(key, out var described) == true
                && described.Content?.TryGetValue(Json, out var content) == true
                && Example(response.Type!) is { } responseExample)
            {
                content.Example = responseExample;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The catalogued value; for a list page or an array of a catalogued type, one built around it.</summary>
    public static object? ValueOf(Type type)
    {
        if (Catalogued.TryGetValue(type, out var value))
        {
            return value;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ListResponse<>) && ValueOf(type.GetGenericArguments()[0]) is { } item)
        {
            var items = Array.CreateInstance(type.GetGenericArguments()[0], 1);
            items.SetValue(item, 0);
            return Activator.CreateInstance(type, items, 1, 50, 1);
        }

        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericTypeDefinition() is var definition
              && (definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(List<>)) ? type.GetGenericArguments()[0]
            : null;
        return element is not null && ValueOf(element) is { } one ? new[] { one } : null;
    }

    private JsonNode? Example(Type type) =>
        ValueOf(type) is { } value ? JsonSerializer.SerializeToNode(value, value.GetType(), json.Value.SerializerOptions) : null;
}
