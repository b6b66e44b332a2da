using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Hub.Api.Tests.Common.OpenApi;

/// <summary>
/// The committed copy of the contract, <c>docs/openapi/v1.json</c>: the served document with every object's members in
/// ordinal order (arrays keep theirs), indented, Cyrillic as written, so that a diff shows what changed and nothing else.
/// </summary>
internal static class OpenApiSnapshot
{
    public const string RelativePath = "docs/openapi/v1.json";

    public const string UpdateVariable = "HUB_UPDATE_OPENAPI_SNAPSHOT";

    public const string UpdateCommand = "./hub openapi";

    private static readonly JsonSerializerOptions Written = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Path => System.IO.Path.Combine(RepositoryRoot.Path, RelativePath);

    public static string Canonical(string json) =>
        Sorted(JsonNode.Parse(json))!.ToJsonString(Written).ReplaceLineEndings("\n") + "\n";

    /// <summary>What differs between two canonical documents, by path, operation and schema: a summary a reviewer can read.</summary>
    public static string Differences(string committed, string served)
    {
        var before = JsonNode.Parse(committed)!.AsObject();
        var after = JsonNode.Parse(served)!.AsObject();
        var lines = new List<string>();
        Compare("operation", Operations(before), Operations(after), lines);
        Compare("schema", Members(before["components"]?["schemas"]), Members(after["components"]?["schemas"]), lines);
        var rest = new[] { "openapi", "info", "servers", "tags", "security" }.Where(k => !JsonNode.DeepEquals(before[k], after[k]));
        lines.AddRange(rest.Select(k => $"  changed  {k}"));
        var otherComponents = Members(before["components"]).Concat(Members(after["components"])).Select(c => c.Key).Distinct()
            .Where(k => k != "schemas" && !JsonNode.DeepEquals(before["components"]?[k], after["components"]?[k]));
        lines.AddRange(otherComponents.Select(k => $"  changed  components.{k}"));
        return lines.Count == 0 ? "  (only formatting differs)" : string.Join('\n', lines);
    }

    private static void Compare(string what, IEnumerable<KeyValuePair<string, JsonNode?>> before, IEnumerable<KeyValuePair<string, JsonNode?>> after, List<string> lines)
    {
        var old = before.ToDictionary(p => p.Key, p => p.Value);
        var now = after.ToDictionary(p => p.Key, p => p.Value);
        lines.AddRange(now.Keys.Except(old.Keys).Order(StringComparer.Ordinal).Select(k => $"  added    {what} {k}"));
        lines.AddRange(old.Keys.Except(now.Keys).Order(StringComparer.Ordinal).Select(k => $"  removed  {what} {k}"));
        lines.AddRange(old.Keys.Intersect(now.Keys).Where(k => !JsonNode.DeepEquals(old[k], now[k])).Order(StringComparer.Ordinal).Select(k => $"  changed  {what} {k}"));
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Operations(JsonObject document) =>
        Members(document["paths"]).SelectMany(path => Members(path.Value).Select(op => new KeyValuePair<string, JsonNode?>(
            $"{op.Key.ToUpperInvariant()} {path.Key} ({op.Value?["operationId"]})", op.Value)));

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Members(JsonNode? node) => node as JsonObject ?? [];

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyValuePair<string, JsonNode?>(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
