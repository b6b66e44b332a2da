using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>
/// A plausible value for a schema of the document: every property, enums from their lists, ids of real resources
/// where a property names one (<c>intakeId</c>), dates around now (those named open/start before those named
/// close/end), a fresh e-mail, a password the policy takes. Mutations start from it, so that only the mutated part is
/// wrong.
/// </summary>
internal sealed class SchemaSampler(ApiDocument api, FuzzIds ids, Random random)
{
    private const int MostDepth = 8;

    public JsonNode? Sample(JsonElement schema, string name = "", int depth = 0)
    {
        schema = api.Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object || depth > MostDepth)
        {
            return null;
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var branches))
            {
                var concrete = branches.EnumerateArray().Where(b => !IsNullOnly(b)).ToList();
                return concrete.Count == 0 ? null : Sample(concrete[random.Next(concrete.Count)], name, depth + 1);
            }
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            var choices = values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            return choices.Count == 0 ? null : JsonNode.Parse(choices[random.Next(choices.Count)].GetRawText());
        }

        var type = schema.TryGetProperty("type", out var declared) ? declared.ValueKind == JsonValueKind.Array ? declared[0].GetString() : declared.GetString() : "object";
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return type switch
        {
            "object" => SampleObject(schema, depth),
            "array" => SampleArray(schema, name, depth),
            "integer" => JsonValue.Create(Integer(name)),
            "number" => JsonValue.Create(random.Next(1, 1000) / 4m),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            _ => JsonValue.Create(Text(name, format)),
        };
    }

    private JsonObject SampleObject(JsonElement schema, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Sample(property.Value, property.Name, depth + 1);
            }
        }

        if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
        {
            for (var i = 0; i < 2; i++)
            {
                result[$"criterion{i + 1}"] = Sample(additional, "value", depth + 1);
            }
        }

        return result;
    }

    private JsonArray SampleArray(JsonElement schema, string name, int depth)
    {
        var result = new JsonArray();
        if (schema.TryGetProperty("items", out var items))
        {
            var count = random.Next(1, 3);
            for (var i = 0; i < count; i++)
            {
                var item = Sample(items, name, depth + 1);
                if (item is JsonValue && result.Any(existing => JsonNode.DeepEquals(existing, item)))
                {
                    continue;
                }

                result.Add(item);
            }
        }

        return result;
    }

    private int Integer(string name) =>
        name.Contains("year", StringComparison.OrdinalIgnoreCase) ? random.Next(1960, 2006)
        : name.Contains("minutes", StringComparison.OrdinalIgnoreCase) ? random.Next(30, 240)
        : name.Equals("page", StringComparison.OrdinalIgnoreCase) ? 1
        : random.Next(1, 50);

    private string Text(string name, string? format)
    {
        if (format == "uuid" || name.EndsWith("Id", StringComparison.Ordinal))
        {
            return (ids.PickFor(name, random) ?? NewGuid()).ToString();
        }

        if (format is "date-time" or "date")
        {
            var days = name.Contains("close", StringComparison.OrdinalIgnoreCase) || name.Contains("end", StringComparison.OrdinalIgnoreCase) ? 30
                : name.Contains("open", StringComparison.OrdinalIgnoreCase) || name.Contains("start", StringComparison.OrdinalIgnoreCase) ? -1
                : random.Next(-10, 60);
            var moment = DateTimeOffset.UtcNow.AddDays(days);
            return format == "date" ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : moment.ToString("O", CultureInfo.InvariantCulture);
        }

        return name.ToUpperInvariant() switch
        {
            var n when n.Contains("EMAIL", StringComparison.Ordinal) => $"fuzz-{NewGuid():N}@fuzz.example.org",
            var n when n.Contains("PASSWORD", StringComparison.Ordinal) => "Fuzz-pass-2026",
            var n when n.Contains("PHONE", StringComparison.Ordinal) => "+97699112233",
            var n when n.Contains("URL", StringComparison.Ordinal) || n.Contains("LINK", StringComparison.Ordinal) => "https://fuzz.example.org/hook",
            var n when n.Contains("TOKEN", StringComparison.Ordinal) => $"fuzz-token-{NewGuid():N}",
            _ => $"Fuzz {name} {random.Next(1000, 9999)} Дархан",
        };
    }

    public Guid NewGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        return new Guid(bytes);
    }

    private bool IsNullOnly(JsonElement branch)
    {
        var resolved = api.Resolve(branch);
        return resolved.TryGetProperty("enum", out var values) && values.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Null);
    }
}
