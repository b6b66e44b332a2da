using System.Text;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>The bad values the mutations draw from.</summary>
internal static class FuzzValues
{
    public const int HugeStringBytes = 1024 * 1024;

    public const int NestingDepth = 5000;

    public static readonly string[] BadDates =
    [
        "2026-13-45T25:61:00Z", "yesterday", "0000-00-00T00:00:00Z", "9999-12-31T23:59:59.9999999+14:00", "0001-01-01T00:00:00Z",
        "-0001-01-01T00:00:00Z", "2026-02-30T10:00:00Z", "2026-04-17", "2026-04-17T10:00:00", "10:00", "1e10", "", " ",
        "2026-04-17T10:00:00+99:00", "2026-04-17T10:00:00.123456789012Z", "now", "٢٠٢٦-٠٤-١٧",
    ];

    public static readonly string[] BadGuids =
    [
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "{d3b07384-d9a0-4c9b-8f5e-1234567890ab}",
        "d3b07384d9a04c9b8f5e1234567890ab", "d3b07384-d9a0-4c9b-8f5e-1234567890ab ", "d3b07384-d9a0-4c9b-8f5e-1234567890", "' OR '1'='1", "", "null", "1",
    ];

    /// <summary>Path segments where an id belongs: not GUIDs, unknown GUIDs, encodings, traversal, a long one (already URL-encoded).</summary>
    public static readonly string[] BadPathSegments =
    [
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "1", "-1", "null", "undefined", "%20",
        "..", "%2e%2e", "..%2f..%2fetc%2fpasswd", "%00", "%F0%9F%92%A9", "%ZZ", "d3b07384d9a04c9b8f5e1234567890ab",
        "%7Bd3b07384-d9a0-4c9b-8f5e-1234567890ab%7D", "d3b07384-d9a0-4c9b-8f5e-1234567890ab%20", "%27%20OR%20%271%27%3D%271", new('a', 2000),
        "%ED%A0%80", "%C0%AF", "%FF", "%E2%82",
    ];

    /// <summary>Raw JSON numbers (and near-numbers) for number slots.</summary>
    public static readonly string[] OddNumbers =
    [
        "2147483648", "-2147483649", "9223372036854775808", "-1", "0", "-0", "1.5", "1e309", "-1e309", "1E400", "1e-400", "0.0000000001",
        "79228162514264337593543950336", "01", "0x10", "NaN", "Infinity", "1_000", "+1", ".5", "5.", "\"12\"", "\"\"",
    ];

    public static readonly string[] LoneSurrogates = ["\"Дархан\\ud800\"", "\"\\udc00x\"", "\"\\ud800\\ud800\"", "\"x\\udfff\"", "\"\\ud83d\"", "\"\\ud800\\u0041\""];

    /// <summary>Bytes that are not UTF-8: a bad continuation, a lone FF, overlong forms, an encoded surrogate, a cut sequence.</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xC3, 0x28], [0xFF], [0xFE, 0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xF4, 0x90, 0x80, 0x80],
    ];

    public static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/json; charset=utf-16",
        "application/json; charset=iso-8859-1", "application/json; charset=nonsense", "application/jsonx", "*/*", "application/problem+json",
        "application/merge-patch+json", "text/json", "garbage", "",
    ];

    public static readonly string[] Accepts =
    [
        "text/plain", "application/xml", "*/*", "text/html", "application/json;q=0", "garbage", "image/png", "application/problem+json",
        "text/csv, application/xml;q=0.9", "application/*", "",
    ];

    public static readonly string[] IfMatches =
    [
        "garbage", "\"\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "*", "\"abc\"", "1", "\"1\", \"2\"", "\"4294967296\"", "W/", "\"", new('x', 1024),
    ];

    public static readonly string[] BadIntegers = ["abc", "", "1.5", "-1", "0", "2147483648", "-2147483649", "1e9", "0x10", " 1", "١", "%00", "%FF", "99999999999999999999"];

    public static readonly string[] BadStrings = ["Nope", "", " ", "draft", "DRAFT", "Draft,Submitted", "%00", "%ZZ", "%E2%80%AE", "%ED%A0%80", "%FF", "%C0%AF", new('x', 1000)];

    public static readonly string[] BadBooleans = ["maybe", "", "2", "TRUE", "yes", "null"];

    public static readonly string[] Pages = ["-1", "0", "2147483647", "2147483648", "-2147483648", "abc", "", "1e9", "1.5"];

    public static readonly string[] PageSizes = ["-1", "0", "201", "1000000000", "1e9", "abc", "2147483647", "", "1.5"];

    /// <summary>Names a client might try to set that it should not (mass assignment), and odd keys.</summary>
    public static readonly string[] ExtraNames =
    [
        "status", "role", "roles", "id", "founderUserId", "isAdmin", "version", "createdAt", "decision", "scopes", "$type", "__proto__", "", "a\u0000b",
    ];

    /// <summary>Whole bodies that are not the JSON the operation takes.</summary>
    public static IEnumerable<byte[]> MalformedBodies(string validJson)
    {
        string[] texts =
        [
            "", "{", "}", "{\"a\":", "null", "[]", "[{}]", "\"text\"", "42", "true", "{'single': 'quotes'}", "{\"a\":1,}", "{\"a\" 1}",
            "/* comment */ {}", validJson + "}", validJson + " trailing", validJson[..(validJson.Length / 2)], validJson.Replace("\"", "'", StringComparison.Ordinal),
            "{\"a\":1,\"a\":2}", "\u00A0" + validJson, "<xml/>", "a=1&b=2",
        ];
        foreach (var text in texts)
        {
            yield return Encoding.UTF8.GetBytes(text);
        }

        yield return [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(validJson)];
        yield return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(validJson)];
        yield return [0x7B, 0x00, 0x7D];
    }

    public static string Nested(bool arrays) => arrays
        ? new string('[', NestingDepth) + new string(']', NestingDepth)
        : string.Concat(Enumerable.Repeat("{\"a\":", NestingDepth)) + "1" + new string('}', NestingDepth);

    /// <summary>A string of one megabyte in UTF-8: Latin or Cyrillic.</summary>
    public static string Huge(bool cyrillic) => cyrillic ? new string('ж', HugeStringBytes / 2) : new string('a', HugeStringBytes);
}
