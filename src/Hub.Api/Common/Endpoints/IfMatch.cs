using Hub.Domain.Common;

namespace Hub.Api.Common.Endpoints;

/// <summary>Reads the version a client last saw from <c>If-Match</c> (an ETag such as <c>"42"</c> or <c>W/"42"</c>).</summary>
internal static class IfMatch
{
    public const string Header = "If-Match";

    public const string Description =
        "The ETag of the version this change is based on (as the last GET or PUT gave it). A stale one is a 409; without it the change is not checked against a version.";

    public static uint? Version(string? ifMatch)
    {
        var header = ifMatch?.Trim() ?? string.Empty;
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return uint.TryParse(value.Trim('"'), out var version)
            ? version
            : throw new InvalidValueException(Header, $"'{header}' is not a version this API gave out (an ETag such as \"42\").");
    }

    public static string ETag(uint version) => $"\"{version}\"";
}
