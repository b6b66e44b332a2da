using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Api.Common.OpenApi;

/// <summary>
/// Says what each error answer means (the endpoints declare which they give, as problem details), puts
/// <c>Retry-After</c> on 429, and adds the response headers endpoints declare with <see cref="OpenApiEndpointExtensions.WithResponseHeader"/>.
/// </summary>
internal sealed class ProblemResponsesOperationTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Meanings = new()
    {
        ["400"] = "Malformed or invalid input; `errors` names each invalid field with its messages.",
        ["401"] = "Not signed in: no or a bad token or key (or, at sign-in, wrong credentials).",
        ["403"] = "Signed in, but not allowed.",
        ["404"] = "No such resource, or not one the caller may see.",
        ["409"] = "Conflicts with the current state: wrong state, a duplicate, or a stale If-Match version.",
        ["422"] = "Refused by a business rule (deadline passed, no seats left…); `code` says which.",
        ["429"] = "Too many attempts from this address; try again after Retry-After seconds.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse described)
            {
                continue;
            }

            if (Meanings.TryGetValue(status, out var meaning))
            {
                described.Description = meaning;
            }

            if (status == "429")
            {
                AddHeader(described, "Retry-After", "Seconds to wait before trying again.", JsonSchemaType.Integer);
            }
        }

        foreach (var header in context.Description.ActionDescriptor.EndpointMetadata.OfType<ResponseHeaderMetadata>())
        {
            if (operation.Responses?.GetValueOrDefault(header.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)) is OpenApiResponse response)
            {
                AddHeader(response, header.Name, header.Description, JsonSchemaType.String);
            }
        }

        return Task.CompletedTask;
    }

    private static void AddHeader(OpenApiResponse response, string name, string description, JsonSchemaType type)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
    }
}
