using System.Text.Json;
using FluentValidation;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Validation;
using Hub.Domain.Common;
using Hub.Infrastructure.Common.Health;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hub.Api.Common.Errors;

/// <summary>
/// The one place where failures become RFC 9457 problem details, with the status codes of API.md:
/// 400 invalid input, 401 credentials, 403 not allowed, 404 unknown, 409 state or version conflict, 422 rule refused.
/// Anything else is a bug: 500, logged, with no internals in the answer.
/// </summary>
internal sealed partial class HubExceptionHandler(IProblemDetailsService problemDetails, HealthSnapshot health, ILogger<HubExceptionHandler> logger) : IExceptionHandler
{
    private const int MaxFields = 50;
    private const int MaxMessageLength = 500;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var problem = ToProblem(exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

            // /health answers from a result refreshed every second; after this, it checks again before it answers.
            health.Invalidate();
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        ValidationException validation => Invalid(
            validation.Errors
                .GroupBy(e => FieldName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
        InvalidValueException invalid => Invalid(new Dictionary<string, string[]> { [FieldName(invalid.Field)] = [invalid.Message] }),
        BadHttpRequestException badRequest => Problem(badRequest.StatusCode, MalformedRequest.Title(badRequest.StatusCode), MalformedRequest.Detail(badRequest)),
        UnauthenticatedException => Problem(StatusCodes.Status401Unauthorized, "Not signed in.", exception.Message),
        ForbiddenException => Problem(StatusCodes.Status403Forbidden, "Not allowed.", exception.Message),
        NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found.", exception.Message),
        ConflictException => Problem(StatusCodes.Status409Conflict, "Conflict.", exception.Message),
        StateConflictException state => WithCode(Problem(StatusCodes.Status409Conflict, "Conflict with the current state.", state.Message), state.Code),
        BusinessRuleException rule => WithCode(Problem(StatusCodes.Status422UnprocessableEntity, "Refused by a business rule.", rule.Message), rule.Code),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Conflict.", "Someone else changed this at the same time; reload it and try again."),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
            Problem(StatusCodes.Status409Conflict, "Conflict.", "This already exists: a duplicate was refused."),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.StringDataRightTruncation } } =>
            Problem(StatusCodes.Status400BadRequest, "The request is invalid.", "A value is longer than allowed."),
        DbUpdateException { InnerException: PostgresException inner } when IsUnstorableText(inner) => UnstorableText(),
        PostgresException postgres when IsUnstorableText(postgres) => UnstorableText(),
        _ when DatabaseUnavailable.Is(exception) => Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable.", DatabaseUnavailable.Detail),
        _ => Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side.", "The error has been logged; please try again later."),
    };

    /// <summary>Text PostgreSQL cannot store, such as a NUL character, is bad input wherever it was caught.</summary>
    private static bool IsUnstorableText(PostgresException exception) =>
        exception.SqlState is PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter;

    private static ProblemDetails UnstorableText() =>
        Problem(StatusCodes.Status400BadRequest, "The request is invalid.", "A text contains a character that cannot be stored (such as NUL).");

    /// <summary>API fields are camelCase: <c>Founder.FullName</c> becomes <c>founder.fullName</c>.</summary>
    private static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));

    /// <summary>
    /// At most <see cref="MaxFields"/> fields, each message at most <see cref="MaxMessageLength"/> characters: a body of a
    /// million bad list items gets a short answer, not one a hundred times its size.
    /// </summary>
    private static HttpValidationProblemDetails Invalid(Dictionary<string, string[]> errors)
    {
        var shown = errors.Take(MaxFields).ToDictionary(e => e.Key, e => e.Value.Select(Shorten).ToArray());
        var more = errors.Count > MaxFields ? $" Only the first {MaxFields} of {errors.Count} fields with errors are listed." : string.Empty;
        return new HttpValidationProblemDetails(shown)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
            Detail = string.Join(" ", shown.SelectMany(e => e.Value).Take(3)) + more,
        };
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = Shorten(detail) };

    /// <summary>
    /// The last line against echoed input: validators quote a value through <see cref="EchoedValue"/>, and a message
    /// from anywhere else (a value object, a header) is cut here should it still quote a long one.
    /// </summary>
    private static string Shorten(string message) => EchoedValue.Of(message, MaxMessageLength);

    private static ProblemDetails WithCode(ProblemDetails problem, string code)
    {
        problem.Extensions["code"] = code;
        return problem;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
