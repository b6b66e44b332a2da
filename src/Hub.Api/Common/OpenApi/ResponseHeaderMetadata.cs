namespace Hub.Api.Common.OpenApi;

/// <summary>A header an endpoint sends with a response, for the OpenAPI document (minimal APIs have no such metadata).</summary>
internal sealed record ResponseHeaderMetadata(int StatusCode, string Name, string Description);
