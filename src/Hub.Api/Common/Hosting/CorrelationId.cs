using System.Diagnostics;

namespace Hub.Api.Common.Hosting;

/// <summary>
/// Each answer carries <c>X-Correlation-Id</c>: the caller's own (when it sent a sensible one), else the request's trace
/// id. The request's log scope already holds the trace id, so only a caller's own id adds a scope of its own.
/// </summary>
internal static class CorrelationId
{
    public const string Header = "X-Correlation-Id";

    private const int MaxLength = 64;

    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var given = context.Request.Headers[Header];
        if (given.Count == 1 && IsSensible(given[0]))
        {
            context.Response.Headers[Header] = given;
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Hub.Requests");
            return WithScopeAsync(logger.BeginScope(new Dictionary<string, object?> { ["CorrelationId"] = given[0] }), context, next);
        }

        context.Response.Headers[Header] = Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
        return next(context);
    }

    private static async Task WithScopeAsync(IDisposable? scope, HttpContext context, RequestDelegate next)
    {
        using (scope)
        {
            await next(context);
        }
    }

    private static bool IsSensible(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
