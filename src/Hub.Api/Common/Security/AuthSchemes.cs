namespace Hub.Api.Common.Security;

internal static class AuthSchemes
{
    /// <summary>Picks the partner key, bearer token or cookie scheme from what the request carries.</summary>
    public const string Hub = "Hub";

    public const string ApiKey = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";

    public const string ScopeClaim = "scope";
}
