using System.Text.Json.Nodes;
using Hub.Application.Common.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Api.Common.OpenApi;

/// <summary>
/// Says on each operation who may call it, from the <see cref="RequestAccess"/> its endpoint sends (the one place roles
/// and scopes are written): no security for anonymous operations; otherwise the bearer token for people and the
/// partner key when a scope allows it, with the roles and scopes in the description and in <c>x-hub-roles</c> /
/// <c>x-hub-scopes</c>. The 401 and 403 answers themselves come with <c>Sends&lt;TRequest&gt;()</c>.
/// </summary>
internal sealed class RequestAccessOperationTransformer : IOpenApiOperationTransformer
{
    public const string RolesExtension = "x-hub-roles";
    public const string ScopesExtension = "x-hub-scopes";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestAccess>().LastOrDefault() is not { } access)
        {
            return Task.CompletedTask;
        }

        if (!access.NeedsCaller)
        {
            operation.Security = [];
            Describe(operation, "No sign-in needed.");
            return Task.CompletedTask;
        }

        var byPerson = access.AnyPerson || access.Roles.Count > 0 || access.Scopes.Count == 0;
        operation.Security = [];
        if (byPerson)
        {
            operation.Security.Add(Requirement(SecuritySchemesTransformer.Bearer, context.Document));
        }

        if (access.Scopes.Count > 0)
        {
            operation.Security.Add(Requirement(SecuritySchemesTransformer.ApiKey, context.Document));
        }

        AddList(operation, RolesExtension, access.Roles);
        AddList(operation, ScopesExtension, access.Scopes);

        var who = Who(access);
        Describe(operation, who);
        if (operation.Responses?.GetValueOrDefault("403") is OpenApiResponse forbidden)
        {
            forbidden.Description = $"Signed in, but not allowed. {who}{(access.Scopes.Count == 0 ? " No partner key may call this." : string.Empty)}";
        }

        return Task.CompletedTask;
    }

    /// <summary>"Roles: Founder, Manager, Admin. Partner scopes: applications:write."</summary>
    private static string Who(RequestAccess access)
    {
        var parts = new List<string>();
        if (access.AnyPerson)
        {
            parts.Add("Any signed-in person.");
        }
        else if (access.Roles.Count > 0)
        {
            parts.Add($"Roles: {string.Join(", ", access.Roles)}.");
        }

        if (access.Scopes.Count > 0)
        {
            parts.Add($"Partner scopes: {string.Join(", ", access.Scopes)}.");
        }

        return parts.Count > 0 ? string.Join(" ", parts) : "Only the hub itself (its background jobs).";
    }

    private static void AddList(OpenApiOperation operation, string extension, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[extension] = new JsonNodeExtension(new JsonArray([.. values.Select(v => JsonValue.Create(v))]));
        }
    }

    private static void Describe(OpenApiOperation operation, string who) =>
        operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? who : $"{operation.Description}\n\n{who}";

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
}
