using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Api.Common.OpenApi;

/// <summary>How <c>/openapi/v1.json</c> is made from the endpoints' declarations (see docs/adr/0011-openapi-contract.md).</summary>
internal static class HubOpenApi
{
    public static void Configure(OpenApiOptions options)
    {
        // OpenAPI 3.0 rather than .NET 10's default 3.1: partners' client generators read 3.0 reliably (see ADR 0011).
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        options.AddDocumentTransformer<SecuritySchemesTransformer>();
        options.AddDocumentTransformer<EnumComponentsTransformer>();
        options.AddOperationTransformer<ProblemResponsesOperationTransformer>();
        options.AddOperationTransformer<RequestAccessOperationTransformer>();
        options.AddOperationTransformer<ExampleTransformer>();
        options.AddSchemaTransformer<EnumSchemaTransformer>();
    }
}
