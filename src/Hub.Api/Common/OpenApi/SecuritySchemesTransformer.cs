using Hub.Api.Common.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Api.Common.OpenApi;

/// <summary>
/// Declares the two ways to call the API: a person's bearer token or a partner's key. Which one an operation takes is
/// said on the operation (<see cref="RequestAccessOperationTransformer"/>), not for the whole document.
/// </summary>
internal sealed class SecuritySchemesTransformer : IOpenApiDocumentTransformer
{
    public const string Bearer = "Bearer";
    public const string ApiKey = AuthSchemes.ApiKey;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "EU-DIEH hub API";
        document.Info.Description = "The EU-Darkhan Innovation & Entrepreneurship Hub. Sign in with POST /api/v1/auth/login and send the token as 'Authorization: Bearer …', or send a partner key as 'X-Api-Key'. Each operation says which of the two it takes, and the roles or partner scopes it needs. Every error is application/problem+json.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The accessToken from POST /api/v1/auth/login.",
        };
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = AuthSchemes.ApiKeyHeader,
            Description = "A partner key from POST /api/v1/partner-keys.",
        };
        return Task.CompletedTask;
    }
}
