using Hub.Application.Common.Security;
using Microsoft.AspNetCore.WebUtilities;

namespace Hub.Api.Common.Errors;

/// <summary>
/// What every problem carries, whoever wrote it (the exception handler, the authorization result handler, the rate
/// limiter, the status-code pages): <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c> and
/// <c>traceId</c>. A writer that left a member out gets it filled here, from the status.
/// </summary>
internal static class ProblemDefaults
{
    public const string SignInFirst = RequestAccess.SignInFirst;

    public const string NotAllowed = "You may not do this.";

    public const string SendJson = "Send the body as application/json (Content-Type: application/json).";

    public const string TooLarge = "The request body is larger than this server accepts.";

    /// <summary>The <c>CustomizeProblemDetails</c> of the problem-details service: runs for every problem it writes.</summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        var status = problem.Status ??= http.Response.StatusCode;
        problem.Type ??= TypeOf(status);
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
        problem.Detail ??= DetailOf(status);
        problem.Instance ??= http.Request.Path;
        problem.Extensions["traceId"] = http.TraceIdentifier;
    }

    private static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        StatusCodes.Status401Unauthorized => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        StatusCodes.Status403Forbidden => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        StatusCodes.Status404NotFound => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        StatusCodes.Status405MethodNotAllowed => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        StatusCodes.Status406NotAcceptable => "https://tools.ietf.org/html/rfc9110#section-15.5.7",
        StatusCodes.Status408RequestTimeout => "https://tools.ietf.org/html/rfc9110#section-15.5.9",
        StatusCodes.Status409Conflict => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        StatusCodes.Status412PreconditionFailed => "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        StatusCodes.Status413PayloadTooLarge => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        StatusCodes.Status415UnsupportedMediaType => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        StatusCodes.Status422UnprocessableEntity => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        StatusCodes.Status429TooManyRequests => "https://tools.ietf.org/html/rfc6585#section-4",
        StatusCodes.Status500InternalServerError => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        StatusCodes.Status503ServiceUnavailable => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "about:blank",
    };

    private static string DetailOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is malformed or invalid.",
        StatusCodes.Status401Unauthorized => SignInFirst,
        StatusCodes.Status403Forbidden => NotAllowed,
        StatusCodes.Status404NotFound => "Nothing is found at this address.",
        StatusCodes.Status405MethodNotAllowed => "This address does not take this method; the Allow header lists those it takes.",
        StatusCodes.Status406NotAcceptable => "This API answers in JSON (application/json, or application/problem+json for errors).",
        StatusCodes.Status409Conflict => "This conflicts with the current state.",
        StatusCodes.Status413PayloadTooLarge => TooLarge,
        StatusCodes.Status415UnsupportedMediaType => SendJson,
        StatusCodes.Status422UnprocessableEntity => "A business rule refused this.",
        StatusCodes.Status429TooManyRequests => "Too many requests; wait a minute and try again.",
        StatusCodes.Status500InternalServerError => "The error has been logged; please try again later.",
        StatusCodes.Status503ServiceUnavailable => "The service is briefly unavailable; please try again shortly.",
        _ => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? $"{phrase}." : "The request failed.",
    };
}
