using System.Text.Json;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>The operations of an OpenAPI 3.0 document and its component schemas, read from its JSON.</summary>
public sealed class ApiDocument
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private readonly JsonElement _schemas;

    private ApiDocument(JsonElement root, IReadOnlyList<ApiOperation> operations)
    {
        _schemas = root.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var schemas) ? schemas : default;
        Operations = operations;
    }

    public IReadOnlyList<ApiOperation> Operations { get; }

    public static ApiDocument Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.Clone();
        var operations = new List<ApiOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            {
                operations.Add(Read(path.Name, method.Name.ToUpperInvariant(), method.Value));
            }
        }

        return new ApiDocument(root, operations);
    }

    /// <summary>The schema itself, or the component a <c>$ref</c> points at.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var depth = 0; depth < 32 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); depth++)
        {
            schema = _schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }

    /// <summary>The values of a named enum component (<c>Role</c>, <c>PartnerScope</c>), or none.</summary>
    public IReadOnlyList<string> EnumOf(string component) =>
        _schemas.ValueKind == JsonValueKind.Object && _schemas.TryGetProperty(component, out var schema) && schema.TryGetProperty("enum", out var values)
            ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    private static ApiOperation Read(string path, string method, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var list)
            ? list.EnumerateArray().Select(p => new ApiParameter(
                p.GetProperty("name").GetString()!,
                p.GetProperty("in").GetString()!,
                p.TryGetProperty("required", out var required) && required.GetBoolean(),
                p.TryGetProperty("schema", out var schema) ? schema.Clone() : default)).ToList()
            : [];
        JsonElement? body = operation.TryGetProperty("requestBody", out var requestBody)
            && requestBody.TryGetProperty("content", out var content)
            && content.TryGetProperty("application/json", out var json)
            && json.TryGetProperty("schema", out var bodySchema)
                ? bodySchema.Clone()
                : null;
        var anonymous = !operation.TryGetProperty("security", out var security) || security.GetArrayLength() == 0;
        return new ApiOperation(
            operation.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{method} {path}",
            method,
            path,
            parameters,
            body,
            anonymous,
            Strings(operation, "x-hub-roles"),
            Strings(operation, "x-hub-scopes"));
    }

    private static List<string> Strings(JsonElement operation, string name) =>
        operation.TryGetProperty(name, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];
}
