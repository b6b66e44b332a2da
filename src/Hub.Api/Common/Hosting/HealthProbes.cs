using Hub.Api.Common.Health;
using Hub.Infrastructure.Common.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Api.Common.Hosting;

/// <summary>
/// For a load balancer or supervisor: <c>/health/live</c> (the process answers; no I/O, so a slow database never gets
/// it restarted) and <c>/health/ready</c> (database and job store answer, and this instance is not stopping, so nginx
/// sends it no new work). Migrations are checked before the app serves at all (<c>DatabaseMigrator</c>).
/// </summary>
internal static class HealthProbes
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    private static readonly byte[] Live = """{"status":"Healthy"}"""u8.ToArray();

    public static WebApplication MapHubHealthProbes(this WebApplication app)
    {
        app.MapGet(LivePath, AnswerLive).ExcludeFromDescription();
        app.MapGet(ReadyPath, AnswerReadyAsync).ExcludeFromDescription();
        return app;
    }

    private static Task AnswerLive(HttpContext context)
    {
        NoStore(context);
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync(Live).AsTask();
    }

    private static async Task AnswerReadyAsync(HttpContext context, HealthSnapshot snapshot, IHostApplicationLifetime lifetime)
    {
        NoStore(context);
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"status":"Stopping"}""");
            return;
        }

        var report = await snapshot.CurrentAsync();
        context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        await HealthResponseWriter.WriteAsync(context, report);
    }

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store, no-cache";
}
