namespace Hub.Api.Common.OpenApi;

internal static class OpenApiEndpointExtensions
{
    /// <summary>Documents a header this endpoint sends with the response of this status.</summary>
    public static RouteHandlerBuilder WithResponseHeader(this RouteHandlerBuilder endpoint, int statusCode, string name, string description) =>
        endpoint.WithMetadata(new ResponseHeaderMetadata(statusCode, name, description));
}
