using Microsoft.AspNetCore.StaticFiles;

namespace Hub.Api.Common.Web;

/// <summary>
/// The layout links the style sheet with its content hash (<c>asp-append-version</c>: <c>?v=…</c>), so that request
/// may be kept for a year: a phone on a slow connection downloads it once per release, not once per page. A request
/// without the hash is revalidated with its ETag each time.
/// </summary>
internal static class StaticFileCaching
{
    public const string Versioned = "public, max-age=31536000, immutable";

    public const string Unversioned = "no-cache";

    public static void Apply(StaticFileResponseContext file) =>
        file.Context.Response.Headers.CacheControl = file.Context.Request.Query.ContainsKey("v") ? Versioned : Unversioned;
}
