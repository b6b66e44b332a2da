using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Application.Common.Validation;

namespace Hub.Api.Common.Errors;

/// <summary>
/// What a request that could not be read is told (a body that is not JSON or not the right JSON, a query value of
/// the wrong form, no body, the wrong content type): the field and what was expected. Never the framework's own
/// message, which names .NET types (<c>Hub.Api.Identity.LoginRequest</c>, <c>Nullable&lt;Guid&gt;</c>) and repeats
/// the value that was sent.
/// </summary>
internal static partial class MalformedRequest
{
    private const string NeedsBody = "Send a JSON object as the body (Content-Type: application/json).";

    public static string Title(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The body is not JSON.",
        _ => "The request is malformed.",
    };

    public static string Detail(BadHttpRequestException exception) => exception switch
    {
        { StatusCode: StatusCodes.Status415UnsupportedMediaType } => ProblemDefaults.SendJson,
        { StatusCode: StatusCodes.Status413PayloadTooLarge } => ProblemDefaults.TooLarge,
        { InnerException: JsonException json } => Json(json),
        _ => FromMessage(exception.Message),
    };

    private static string Json(JsonException json)
    {
        var path = json.Path is null or "$" ? null : EchoedValue.Of(json.Path);

        // The reader's own errors (a missing bracket, a trailing comma, text that is not JSON) come wrapped in a
        // JsonException of their own; a value of the wrong type or form for its field does not.
        if (json.InnerException is JsonException)
        {
            var at = path is null ? string.Empty : $" at {path}";
            var where = json.LineNumber is { } line && json.BytePositionInLine is { } position ? $" (line {line + 1}, byte {position + 1})" : string.Empty;
            return $"The body is not well-formed JSON{at}{where}.";
        }

        return path is null
            ? "The body must be a JSON object with the fields this operation takes."
            : $"The value at {path} has the wrong type or form for that field.";
    }

    /// <summary>Minimal-API binding's messages, recognised by their fixed wording; anything else gets a general answer.</summary>
    private static string FromMessage(string message)
    {
        if (BindingFailed().Match(message) is { Success: true } failed)
        {
            return $"'{Name(failed)}' must be {Expected(failed.Groups["type"].Value)}.";
        }

        if (RequiredMissing().Match(message) is { Success: true } missing)
        {
            return missing.Groups["source"].Value.Contains("body", StringComparison.Ordinal) ? NeedsBody : $"'{Name(missing)}' is required.";
        }

        return message.StartsWith("Implicit body inferred", StringComparison.Ordinal) || message.StartsWith("Failed to read parameter", StringComparison.Ordinal)
            ? NeedsBody
            : "The request could not be read: check its body, query string and headers.";
    }

    private static string Name(Match match) => EchoedValue.Of(JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value), 50);

    /// <summary>What a parameter of this type looks like, from the type's display name (<c>Nullable&lt;Guid&gt;</c>, <c>int?</c>).</summary>
    private static string Expected(string type) => NullableWrapper().Replace(type, "${inner}").TrimEnd('?') switch
    {
        "Guid" => "a GUID (such as 01a217a8-4972-7540-b427-7353d7cc65dd)",
        "int" or "long" or "short" or "Int32" or "Int64" or "Int16" => "a whole number",
        "decimal" or "double" or "float" or "Decimal" or "Double" or "Single" => "a number",
        "bool" or "Boolean" => "true or false",
        "DateTimeOffset" or "DateTime" => "an ISO-8601 date and time (such as 2026-11-26T12:00:00Z)",
        "DateOnly" => "an ISO-8601 date (such as 2026-11-26)",
        _ => "in the expected form",
    };

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]*) (?<name>[^" ]+)" from""", RegexOptions.CultureInvariant)]
    private static partial Regex BindingFailed();

    [GeneratedRegex("""^Required parameter "(?<type>[^"]*) (?<name>[^" ]+)" was not provided from (?<source>[^.]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex RequiredMissing();

    [GeneratedRegex("""^Nullable<(?<inner>[^>]+)>$""", RegexOptions.CultureInvariant)]
    private static partial Regex NullableWrapper();
}
