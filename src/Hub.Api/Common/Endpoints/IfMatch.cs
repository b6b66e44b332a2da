using Hub.Domain.Common;

namespace Hub.Api.Common.Endpoints;

/// <summary>Reads the version a client last saw from <c>If-Match</c> (an ETag such as <c>"42"</c> or <c>W/"42"</c>).</summary>
internal static class IfMatch
{
    public static uint? Version(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return uint.TryParse(value.Trim('"'), out var version)
            ? version
            : throw new InvalidValueException("If-Match", $"'{header}' is not a version this API gave out (an ETag such as \"42\").");
    }

    public static string ETag(uint version) => $"\"{version}\"";
}
