using System.Globalization;
using System.Text;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>What a fuzzing run sent and got: totals by status, by operation and by mutation, and every violation.</summary>
public sealed class FuzzReport(int seed)
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<int, int> _statuses = [];
    private readonly SortedDictionary<string, int> _operations = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _mutations = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private readonly List<FuzzViolation> _violations = [];

    public int Seed => seed;

    public int Sent { get; private set; }

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    public IReadOnlyDictionary<string, int> Operations => _operations;

    public IReadOnlyList<FuzzViolation> Violations => _violations;

    /// <summary>Violations no known defect covers: what a run must have none of.</summary>
    public IReadOnlyList<FuzzViolation> NewViolations => [.. _violations.Where(v => v.KnownDefect is null)];

    public void Record(FuzzCase fuzzCase, int status, IReadOnlyList<string> problems, byte[] body, string? knownDefect = null)
    {
        lock (_lock)
        {
            Sent++;
            Count(_statuses, status);
            Count(_operations, fuzzCase.OperationId);
            Count(_mutations, fuzzCase.Mutation.ToString());
            if (problems.Count > 0)
            {
                _violations.Add(new FuzzViolation(fuzzCase, status, problems, FuzzCase.Excerpt(body), knownDefect));
            }
        }
    }

    /// <summary>A case left out of the run on purpose (a known defect), by its reason.</summary>
    public void Skip(string reason)
    {
        lock (_lock)
        {
            Count(_skipped, reason);
        }
    }

    public string Summary()
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Fuzzed with seed {Seed}: {Sent} requests in {Elapsed.TotalSeconds:0.0} s, {NewViolations.Count} violations (and {Violations.Count - NewViolations.Count} of known defects).")
            .AppendLine(CultureInfo.InvariantCulture, $"By status:    {Join(_statuses.Select(s => ($"{s.Key}", s.Value)))}")
            .AppendLine(CultureInfo.InvariantCulture, $"By operation: {Join(_operations.Select(o => (o.Key, o.Value)))}")
            .AppendLine(CultureInfo.InvariantCulture, $"By mutation:  {Join(_mutations.Select(m => (m.Key, m.Value)))}");
        foreach (var (reason, count) in _skipped)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Left out (known defect, {count} cases): {reason}");
        }

        foreach (var known in _violations.Where(v => v.KnownDefect is not null).GroupBy(v => v.KnownDefect))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Known defect {known.Key}: {known.Count()} violations, the first:").AppendLine(known.First().ToString());
        }

        foreach (var violation in NewViolations)
        {
            text.AppendLine().AppendLine(violation.ToString());
        }

        return text.ToString();
    }

    private static string Join(IEnumerable<(string Key, int Count)> counts) => string.Join(", ", counts.Select(c => $"{c.Key}: {c.Count}"));

    private static void Count<TKey>(SortedDictionary<TKey, int> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
}
