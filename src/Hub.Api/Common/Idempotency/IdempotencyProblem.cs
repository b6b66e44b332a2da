using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Common.Idempotency;

/// <summary>The problems an <c>Idempotency-Key</c> itself causes: a bad key (400), a key in use (409), a key reused for another request (422).</summary>
internal static class IdempotencyProblem
{
    public const string KeyReusedCode = "idempotency.key_reused";

    public const string InProgressCode = "idempotency.in_progress";

    public static Task InvalidKeyAsync(HttpContext context) => WriteAsync(
        context,
        StatusCodes.Status400BadRequest,
        "The request is invalid.",
        $"The {Hub.Infrastructure.Common.Idempotency.IdempotencyKey.Header} header must be one value of 1 to {Hub.Infrastructure.Common.Idempotency.IdempotencyKey.MaxLength} printable ASCII characters.",
        code: null);

    public static Task InProgressAsync(HttpContext context) => WriteAsync(
        context,
        StatusCodes.Status409Conflict,
        "Conflict with the current state.",
        "A request with this Idempotency-Key is still being processed; retry after it has finished.",
        InProgressCode);

    public static Task KeyReusedAsync(HttpContext context) => WriteAsync(
        context,
        StatusCodes.Status422UnprocessableEntity,
        "Refused by a business rule.",
        "This Idempotency-Key was used with another request (method, path or body); use a new key for a new request.",
        KeyReusedCode);

    private static Task WriteAsync(HttpContext context, int status, string title, string detail, string? code)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
