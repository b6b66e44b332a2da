using Hub.Infrastructure.Common.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Api.Common.Health;

/// <summary><c>/health</c>: 200 or 503 from the checks' last result (<see cref="HealthSnapshot"/>), never cached by a client.</summary>
internal static class HealthEndpoint
{
    public const string Path = "/health";

    public static async Task AnswerAsync(HttpContext context, HealthSnapshot snapshot)
    {
        var report = await snapshot.CurrentAsync();
        context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.Headers.CacheControl = "no-store, no-cache";
        context.Response.Headers.Pragma = "no-cache";
        context.Response.Headers.Expires = "Thu, 01 Jan 1970 00:00:00 GMT";
        await HealthResponseWriter.WriteAsync(context, report);
    }
}
