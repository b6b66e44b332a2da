namespace Hub.Api.Common.Security;

internal static class AuthSchemes
{
    /// <summary>Picks the partner key, bearer token or cookie scheme from what the request carries.</summary>
    public const string Hub = "Hub";

    public const string ApiKey = "ApiKey";

    /// <summary>Identity's bearer token, checked against its account on each request (<see cref="CheckedBearerHandler"/>).</summary>
    public const string CheckedBearer = "CheckedBearer";

    public const string ApiKeyHeader = "X-Api-Key";

    public const string ScopeClaim = "scope";
}
