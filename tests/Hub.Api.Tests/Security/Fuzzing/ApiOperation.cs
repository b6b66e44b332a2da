using System.Text.Json;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>
/// One operation of the served OpenAPI document: its id, request line, parameters, JSON body schema and who may call
/// it (no security requirement: anyone; else the <c>x-hub-roles</c> and <c>x-hub-scopes</c> it lists, or any
/// signed-in person when it lists neither).
/// </summary>
public sealed record ApiOperation(
    string OperationId,
    string Method,
    string Path,
    IReadOnlyList<ApiParameter> Parameters,
    JsonElement? BodySchema,
    bool Anonymous,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Scopes)
{
    public bool AnyPerson => !Anonymous && Roles.Count == 0 && Scopes.Count == 0;

    public IEnumerable<ApiParameter> ParametersIn(string location) => Parameters.Where(p => p.In == location);

    /// <summary>The path up to its first parameter (<c>/api/v1/applications</c> for <c>/api/v1/applications/{id}/submit</c>).</summary>
    public string CollectionPath => Path.Contains('{', StringComparison.Ordinal) ? Path[..Path.IndexOf("/{", StringComparison.Ordinal)] : Path;

    public override string ToString() => $"{OperationId} ({Method} {Path})";
}
