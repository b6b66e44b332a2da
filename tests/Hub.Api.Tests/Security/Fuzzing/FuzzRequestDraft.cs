using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>
/// A plausible request for an operation (path ids, query, headers, a JSON body from its schema) that one mutation
/// then spoils. Raw text or bytes that JSON cannot hold (invalid UTF-8, 5 000 levels, a lone surrogate escape) are put
/// in as a marker string and swapped in after serialising.
/// </summary>
internal sealed class FuzzRequestDraft
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ApiOperation _operation;
    private readonly ApiDocument _api;
    private readonly Random _random;
    private readonly SchemaSampler _sampler;
    private readonly Dictionary<string, string> _path = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, string>> _query = [];
    private readonly List<KeyValuePair<string, string>> _headers = [];
    private readonly Dictionary<string, byte[]> _raw = new(StringComparer.Ordinal);
    private JsonNode? _body;
    private bool _hasBody;
    private byte[]? _rawBody;
    private string? _contentType = "application/json";

    public FuzzRequestDraft(ApiOperation operation, ApiDocument api, FuzzIds ids, Random random)
    {
        _operation = operation;
        _api = api;
        _random = random;
        _sampler = new SchemaSampler(api, ids, random);
        foreach (var parameter in operation.ParametersIn("path"))
        {
            _path[parameter.Name] = (ids.Pick(operation.CollectionPath, random, forDeletion: operation.Method == "DELETE") ?? _sampler.NewGuid()).ToString();
        }

        foreach (var parameter in operation.ParametersIn("query").Where(p => p.Required || random.Next(2) == 0))
        {
            _query.Add(new(parameter.Name, PlausibleQueryValue(parameter)));
        }

        if (operation.BodySchema is { } schema)
        {
            _body = _sampler.Sample(schema);
            _hasBody = true;
        }
    }

    public void Apply(FuzzMutation mutation)
    {
        switch (mutation)
        {
            case FuzzMutation.Valid:
                break;
            case FuzzMutation.WrongType:
                var slot = Pick(Slots());
                slot.Set(OtherKind(slot.Value));
                break;
            case FuzzMutation.MissingRequired:
                RemoveSomething();
                break;
            case FuzzMutation.ExtraField:
                AddExtra();
                break;
            case FuzzMutation.HugeString:
                Pick(Slots(IsString)).Set(JsonValue.Create(FuzzValues.Huge(_random.Next(2) == 0)));
                break;
            case FuzzMutation.EmptyString:
                Pick(Slots(IsString)).Set(JsonValue.Create(_random.Next(3) == 0 ? "   " : ""));
                break;
            case FuzzMutation.NulCharacter:
                Pick(Slots(IsString)).Set(JsonValue.Create(_random.Next(2) == 0 ? "Дархан\u0000Сүү" : "\u0000"));
                break;
            case FuzzMutation.LoneSurrogate:
                Inject(Pick(Slots(IsString)), Encoding.UTF8.GetBytes(Pick(FuzzValues.LoneSurrogates)));
                break;
            case FuzzMutation.InvalidUtf8:
                Inject(Pick(Slots(IsString)), [.. "\"Дар"u8, .. Pick(FuzzValues.InvalidUtf8), .. "хан\""u8]);
                break;
            case FuzzMutation.DeepNesting:
                var nested = Encoding.UTF8.GetBytes(FuzzValues.Nested(_random.Next(2) == 0));
                if (_random.Next(2) == 0)
                {
                    _rawBody = nested;
                }
                else
                {
                    Inject(Pick(Slots()), nested);
                }

                break;
            case FuzzMutation.BadDate:
                Pick(Slots(v => IsString(v) && DateTimeOffset.TryParse(v!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _)))
                    .Set(JsonValue.Create(Pick(FuzzValues.BadDates)));
                break;
            case FuzzMutation.BadGuidInBody:
                Pick(Slots(v => IsString(v) && Guid.TryParse(v!.GetValue<string>(), out _))).Set(JsonValue.Create(Pick(FuzzValues.BadGuids)));
                break;
            case FuzzMutation.OddNumber:
                Inject(Pick(Slots(v => v is JsonValue value && value.GetValueKind() == JsonValueKind.Number)), Encoding.UTF8.GetBytes(Pick(FuzzValues.OddNumbers)));
                break;
            case FuzzMutation.MalformedJson:
                _rawBody = Pick(FuzzValues.MalformedBodies(Serialize()).ToList());
                break;
            case FuzzMutation.BadGuidInPath:
                _path[Pick(_path.Keys.ToList())] = Pick(FuzzValues.BadPathSegments);
                break;
            case FuzzMutation.BadQueryValue:
                SpoilQuery();
                break;
            case FuzzMutation.AbsurdPaging:
                SpoilPaging();
                break;
            case FuzzMutation.WrongContentType:
                _contentType = Pick(FuzzValues.ContentTypes) is { Length: > 0 } type ? type : null;
                if (!_hasBody)
                {
                    _hasBody = true;
                    _body = new JsonObject { ["fuzz"] = "a body where none belongs" };
                }

                break;
            case FuzzMutation.OddAccept:
                AddOddAccept();
                break;
            case FuzzMutation.GarbageIfMatch:
                _headers.Add(new("If-Match", Pick(FuzzValues.IfMatches)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }
    }

    public void AddOddAccept() => _headers.Add(new("Accept", Pick(FuzzValues.Accepts)));

    public FuzzCase Build(int seed, int index, string caller, FuzzMutation mutation)
    {
        var path = _operation.Path;
        foreach (var (name, value) in _path)
        {
            path = path.Replace($"{{{name}}}", value, StringComparison.Ordinal);
        }

        var url = _query.Count == 0 ? path : $"{path}?{string.Join('&', _query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Escape(q.Value)}"))}";
        var body = _rawBody ?? (_hasBody ? Bytes(Serialize()) : null);
        return new FuzzCase(seed, index, _operation.OperationId, mutation, caller, _operation.Method, url, [.. _headers], body, body is null ? null : _contentType, _operation.BodySchema is not null);
    }

    /// <summary>Query values are escaped unless they carry their own percent-encoding (<c>%00</c>, <c>%ZZ</c>).</summary>
    private static string Escape(string value) => value.Contains('%', StringComparison.Ordinal) ? value : Uri.EscapeDataString(value);

    private string Serialize() => _body?.ToJsonString(Relaxed) ?? "null";

    /// <summary>The UTF-8 body, with each quoted marker replaced by its raw bytes.</summary>
    private byte[] Bytes(string json)
    {
        var bytes = new List<byte>(json.Length + 64);
        var rest = json;
        while (_raw.Keys.Select(m => (Marker: m, At: rest.IndexOf($"\"{m}\"", StringComparison.Ordinal))).Where(x => x.At >= 0).OrderBy(x => x.At).FirstOrDefault() is { Marker: not null } next)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(rest[..next.At]));
            bytes.AddRange(_raw[next.Marker]);
            rest = rest[(next.At + next.Marker.Length + 2)..];
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(rest));
        return [.. bytes];
    }

    private void Inject(Slot slot, byte[] raw)
    {
        var marker = $"__fuzz_raw_{_raw.Count}__";
        _raw[marker] = raw;
        slot.Set(JsonValue.Create(marker));
    }

    /// <summary>Leaves out one required property of the body, every property, or any one property at any depth.</summary>
    private void RemoveSomething()
    {
        var objects = Objects().Where(o => o.Count > 0).ToList();
        if (objects.Count == 0)
        {
            _body = _random.Next(2) == 0 ? new JsonObject() : null;
            return;
        }

        var required = _operation.BodySchema is { } schema && _api.Resolve(schema).TryGetProperty("required", out var names)
            ? names.EnumerateArray().Select(n => n.GetString()!).ToList()
            : [];
        switch (_random.Next(3))
        {
            case 0 when _body is JsonObject root && required.Count > 0:
                root.Remove(Pick(required));
                break;
            case 1 when _body is JsonObject root:
                root.Clear();
                break;
            default:
                var target = Pick(objects);
                target.Remove(Pick(target.Select(p => p.Key).ToList()));
                break;
        }
    }

    private void AddExtra()
    {
        var target = Objects();
        if (target.Count == 0)
        {
            _body = new JsonObject { ["fuzzExtra"] = true };
            return;
        }

        var name = _random.Next(3) == 0 ? $"fuzzExtra{_random.Next(100)}" : Pick(FuzzValues.ExtraNames);
        JsonNode?[] values = [JsonValue.Create("Admin"), JsonValue.Create(true), JsonValue.Create(0), new JsonArray("Admin", "Manager"), new JsonObject { ["$type"] = "System.IO.FileInfo" }, null];
        Pick(target)[name] = Pick(values);
    }

    private void SpoilQuery()
    {
        var parameters = _operation.ParametersIn("query").ToList();
        var parameter = Pick(parameters);
        var schema = _api.Resolve(parameter.Schema);
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : "string";
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var value = type switch
        {
            "integer" or "number" => Pick(FuzzValues.BadIntegers),
            "boolean" => Pick(FuzzValues.BadBooleans),
            _ when format == "uuid" => Pick(FuzzValues.BadGuids),
            _ when format is "date-time" or "date" => Pick(FuzzValues.BadDates),
            _ => Pick(FuzzValues.BadStrings),
        };
        _query.RemoveAll(q => q.Key == parameter.Name);
        _query.Add(new(parameter.Name, value));
        if (_random.Next(4) == 0)
        {
            _query.Add(new(parameter.Name, PlausibleQueryValue(parameter)));
        }

        if (_random.Next(4) == 0)
        {
            _query.Add(new("fuzzUnknown", "1"));
        }
    }

    private void SpoilPaging()
    {
        _query.RemoveAll(q => q.Key is "page" or "pageSize");
        var both = _random.Next(3) == 0;
        if (both || _random.Next(2) == 0)
        {
            _query.Add(new("page", Pick(FuzzValues.Pages)));
        }

        if (both || !_query.Any(q => q.Key == "page"))
        {
            _query.Add(new("pageSize", Pick(FuzzValues.PageSizes)));
        }

        if (_random.Next(5) == 0)
        {
            _query.Add(new("page", "1"));
        }
    }

    private string PlausibleQueryValue(ApiParameter parameter)
    {
        var schema = _api.Resolve(parameter.Schema);
        return parameter.Name switch
        {
            "page" => "1",
            "pageSize" => _random.Next(1, 60).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => _sampler.Sample(schema, parameter.Name) is JsonValue value
                ? value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()
                : "1",
        };
    }

    private JsonNode? OtherKind(JsonNode? current)
    {
        var kind = current switch
        {
            null => JsonValueKind.Null,
            JsonObject => JsonValueKind.Object,
            JsonArray => JsonValueKind.Array,
            _ => current.GetValueKind(),
        };
        JsonValueKind[] kinds = [JsonValueKind.String, JsonValueKind.Number, JsonValueKind.True, JsonValueKind.Object, JsonValueKind.Array, JsonValueKind.Null];
        var other = Pick(kinds.Where(k => k != kind && !(k == JsonValueKind.True && kind == JsonValueKind.False)).ToList());
        return other switch
        {
            JsonValueKind.String => JsonValue.Create(Pick(new[] { "fuzz", "", "12", "true", "null", "{}" })),
            JsonValueKind.Number => JsonValue.Create(Pick(new[] { 0m, 42m, -1m, 1.5m, 2147483647m })),
            JsonValueKind.True => JsonValue.Create(_random.Next(2) == 0),
            JsonValueKind.Object => new JsonObject { ["fuzz"] = 1 },
            JsonValueKind.Array => new JsonArray(1, "fuzz", null),
            _ => null,
        };
    }

    /// <summary>Every value in the body (the whole body too), optionally only those matching.</summary>
    private List<Slot> Slots(Func<JsonNode?, bool>? match = null)
    {
        var slots = new List<Slot> { new(this, null, null, -1) };
        Collect(_body, slots);
        var matching = match is null ? slots : slots.Where(s => match(s.Value)).ToList();

        // Nothing of that kind: spoil any value, or the whole body.
        return matching.Count > 0 ? matching : slots;
    }

    /// <summary>Every object in the body, the body first.</summary>
    private List<JsonObject> Objects()
    {
        var slots = new List<Slot> { new(this, null, null, -1) };
        Collect(_body, slots);
        return [.. slots.Select(s => s.Value).OfType<JsonObject>()];
    }

    private void Collect(JsonNode? node, List<Slot> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj.ToList())
                {
                    slots.Add(new Slot(this, obj, property.Key, -1));
                    Collect(property.Value, slots);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add(new Slot(this, array, null, i));
                    Collect(array[i], slots);
                }

                break;
        }
    }

    private static bool IsString(JsonNode? value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A place in the body: a property of an object, an item of an array, or the body itself.</summary>
    private sealed record Slot(FuzzRequestDraft Draft, JsonNode? Parent, string? Key, int Index)
    {
        public JsonNode? Value => Parent switch
        {
            JsonObject obj => obj[Key!],
            JsonArray array => array[Index],
            _ => Draft._body,
        };

        public void Set(JsonNode? value)
        {
            switch (Parent)
            {
                case JsonObject obj:
                    obj[Key!] = value;
                    break;
                case JsonArray array:
                    array[Index] = value;
                    break;
                default:
                    Draft._body = value;
                    Draft._hasBody = true;
                    break;
            }
        }
    }
}
