using System.Text.Json;
using Hub.Domain.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Api.Common.Health;

internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// <c>{status}</c>, and for an admin or in Development also <c>{checks:{name:{status, description}}}</c>: what
    /// is down, and why, is not for anonymous callers of a production host. The status code (200/503) says the rest.
    /// </summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var status = report.Status.ToString();
        object body = ShowsChecks(context)
            ? new
            {
                status,
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            }
            : new { status };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }

    private static bool ShowsChecks(HttpContext context) =>
        context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment() || context.User.IsInRole(Roles.Admin);
}
