using Scalar.AspNetCore;

namespace Hub.Api.Common.OpenApi;

/// <summary>
/// The Scalar API reference at <c>/scalar</c>, served whole by the host so it works offline: no fonts from Scalar's CDN,
/// no AI agent or MCP, no telemetry, no client-app button and no developer toolbar (SDK generation, deploy, share),
/// which would all call Scalar's servers. Requests go straight to this host (no proxy is configured).
/// </summary>
internal static class ApiReference
{
    public static void Configure(ScalarOptions options) => options
        .WithTitle("EU-DIEH hub API")
        .DisableDefaultFonts()
        .DisableTelemetry()
        .DisableAgent()
        .DisableMcp()
        .HideClientButton()
        .HideDeveloperTools()
        .ShowOperationId()
        .WithShowExtensions(RequestAccessOperationTransformer.RolesExtension, RequestAccessOperationTransformer.ScopesExtension);
}
