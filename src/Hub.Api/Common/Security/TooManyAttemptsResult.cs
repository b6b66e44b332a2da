using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Common.Security;

/// <summary>A 429 problem with <c>Retry-After</c>, written by the problem-details service like every other problem.</summary>
internal sealed class TooManyAttemptsResult(string retryAfterSeconds, string detail) : IResult
{
    public static Task WriteAsync(HttpContext context, string retryAfterSeconds, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfterSeconds;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Too many attempts.", Detail = detail },
        }).AsTask();
    }

    public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, retryAfterSeconds, detail);
}
