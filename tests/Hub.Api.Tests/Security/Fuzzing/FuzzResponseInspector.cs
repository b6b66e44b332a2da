using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>
/// What every answer to a fuzzed request must be: no 5xx; an error is <c>application/problem+json</c> with its
/// <c>status</c> and a <c>title</c>; no answer names an internal type or shows a stack trace; none is huge.
/// </summary>
public static partial class FuzzResponseInspector
{
    public const int MostBodyBytes = 64 * 1024;

    public static IReadOnlyList<string> Check(int status, string? mediaType, byte[] body)
    {
        var problems = new List<string>();
        if (status >= 500)
        {
            problems.Add($"answered {status}: bad input must never be a server error");
        }

        if (body.Length >= MostBodyBytes)
        {
            problems.Add($"the answer has {body.Length} bytes (at most {MostBodyBytes})");
        }

        var text = Encoding.UTF8.GetString(body);
        if (InternalName().Match(text) is { Success: true } name)
        {
            problems.Add($"the answer names an internal type: '{name.Value}'");
        }

        if (StackTrace().Match(text) is { Success: true } frame)
        {
            problems.Add($"the answer shows a stack trace: '{frame.Value.Trim()}'");
        }

        if (status >= 400)
        {
            problems.AddRange(ProblemDetailsProblems(status, mediaType, body));
        }

        return problems;
    }

    private static IEnumerable<string> ProblemDetailsProblems(int status, string? mediaType, byte[] body)
    {
        if (mediaType != "application/problem+json")
        {
            yield return $"the {status} is '{mediaType ?? "(no content type)"}', not application/problem+json";
            yield break;
        }

        JsonElement problem;
        try
        {
            using var document = JsonDocument.Parse(body);
            problem = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            problem = default;
        }

        if (problem.ValueKind != JsonValueKind.Object)
        {
            yield return $"the {status} problem is not a JSON object";
            yield break;
        }

        if (!problem.TryGetProperty("status", out var declared) || declared.ValueKind != JsonValueKind.Number || declared.GetInt32() != status)
        {
            yield return $"the {status} problem's status member is not {status}";
        }

        if (!problem.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(title.GetString()))
        {
            yield return $"the {status} problem has no title";
        }
    }

    /// <summary>A .NET namespace-qualified type, a generic arity mark, or an exception's name.</summary>
    [GeneratedRegex(@"\b(Hub|System|Microsoft|Npgsql)\.[A-Z]|Nullable`|\b[A-Z][A-Za-z]*Exception\b")]
    private static partial Regex InternalName();

    /// <summary>A frame of a .NET stack trace ("   at Hub.X.Y(…)", "--- End of stack trace", "in /src/X.cs:line 12").</summary>
    [GeneratedRegex(@"(^|\n|\\n|\\r\\n)\s*at [\w.`<>\[\]]+\(|--- End of (inner exception )?stack trace|\.cs:line \d+")]
    private static partial Regex StackTrace();
}
