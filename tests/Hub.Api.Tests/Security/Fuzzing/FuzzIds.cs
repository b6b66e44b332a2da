using System.Text.Json;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>
/// Ids of real resources, by the collection they belong to (<c>/api/v1/applications</c>), so that fuzzed requests
/// also reach handlers with an id that exists. Filled from the collections' list operations and from the
/// <c>Location</c> of every 201. The fuzzer's own accounts and key are protected: never the target of a DELETE.
/// </summary>
public sealed class FuzzIds
{
    private const int MostPerCollection = 200;

    private readonly Dictionary<string, List<Guid>> _byCollection = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> _protected = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byCollection.Values.Sum(l => l.Count);
            }
        }
    }

    public void Protect(Guid id)
    {
        lock (_lock)
        {
            _protected.Add(id);
        }
    }

    public void Add(string collectionPath, Guid id)
    {
        lock (_lock)
        {
            if (!_byCollection.TryGetValue(collectionPath, out var list))
            {
                _byCollection[collectionPath] = list = [];
            }

            if (list.Count < MostPerCollection && !list.Contains(id))
            {
                list.Add(id);
            }
        }
    }

    /// <summary>Records the resource a 201 points at (<c>Location: /api/v1/users/{id}</c>).</summary>
    public void AddFromLocation(Uri? location)
    {
        if (location is null)
        {
            return;
        }

        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        var slash = path.LastIndexOf('/');
        if (slash > 0 && Guid.TryParse(path[(slash + 1)..], out var id))
        {
            Add(path[..slash], id);
        }
    }

    /// <summary>A known id of that collection, or null when none is known.</summary>
    public Guid? Pick(string collectionPath, Random random, bool forDeletion = false)
    {
        lock (_lock)
        {
            if (!_byCollection.TryGetValue(collectionPath, out var list))
            {
                return null;
            }

            var candidates = forDeletion ? list.Where(id => !_protected.Contains(id)).ToList() : list;
            return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
        }
    }

    /// <summary>A known id of the collection whose last segment a property such as <c>intakeId</c> or <c>founderUserId</c> names.</summary>
    public Guid? PickFor(string propertyName, Random random)
    {
        var noun = LastWord(propertyName.EndsWith("Id", StringComparison.Ordinal) ? propertyName[..^2] : propertyName);
        if (noun.Length == 0)
        {
            return null;
        }

        string[] collections;
        lock (_lock)
        {
            collections = [.. _byCollection.Keys.Where(c => c[(c.LastIndexOf('/') + 1)..].StartsWith(noun, StringComparison.OrdinalIgnoreCase))];
        }

        return collections.Length == 0 ? null : Pick(collections[random.Next(collections.Length)], random);
    }

    /// <summary>Lists the first page of every collection the document can list, as the first caller allowed to.</summary>
    public async Task HarvestAsync(ApiDocument api, IEnumerable<HttpClient> readers, CancellationToken cancellationToken = default)
    {
        var lists = api.Operations.Where(o => o.Method == "GET" && !o.Path.Contains('{', StringComparison.Ordinal)).Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var collection in api.Operations.Where(o => o.Path.Contains('{', StringComparison.Ordinal)).Select(o => o.CollectionPath).Distinct().Where(lists.Contains))
        {
            foreach (var reader in readers)
            {
                using var response = await reader.GetAsync($"{collection}?page=1&pageSize=50", cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    continue;
                }

                using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                if (page.RootElement.ValueKind == JsonValueKind.Object && page.RootElement.TryGetProperty("items", out var items))
                {
                    foreach (var item in items.EnumerateArray())
                    {
                        if (item.TryGetProperty("id", out var id) && id.TryGetGuid(out var guid))
                        {
                            Add(collection, guid);
                        }
                    }
                }

                break;
            }
        }
    }

    private static string LastWord(string name)
    {
        var start = 0;
        for (var i = 1; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]))
            {
                start = i;
            }
        }

        return name[start..];
    }
}
