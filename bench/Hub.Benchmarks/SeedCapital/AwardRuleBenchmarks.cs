using BenchmarkDotNet.Attributes;
using Hub.Domain.SeedCapital.Awards;

namespace Hub.Benchmarks.SeedCapital;

/// <summary>
/// The award of a call with many proposals (issue 10 asks for 10 000 in at most a second): every proposal with three
/// evaluations on five criteria, one in ten of them conflicted, requests that exhaust the budget about half-way.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AwardRuleBenchmarks
{
    private IReadOnlyList<AwardCriterion> _criteria = [];
    private IReadOnlyList<AwardCandidate> _candidates = [];
    private decimal _budget;

    [Params(1_000, 10_000)]
    public int Proposals { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        _criteria = [.. Enumerable.Range(1, 5).Select(i => new AwardCriterion($"Criterion {i}", i))];
        var start = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        _candidates = [.. Enumerable.Range(0, Proposals).Select(i => new AwardCandidate(
            Guid.NewGuid(),
            random.Next(1, 150) * 100_000m,
            start.AddSeconds(random.Next(0, 86_400 * 30)),
            [.. Enumerable.Range(0, 3).Select(_ => random.Next(10) == 0
                ? new CandidateEvaluation(true, new Dictionary<string, decimal>())
                : new CandidateEvaluation(false, _criteria.ToDictionary(c => c.Name, _ => (decimal)random.Next(0, 11))))]))];
        _budget = _candidates.Sum(c => c.RequestedAmount) / 2;
    }

    [Benchmark]
    public AwardOutcome Award() => AwardRule.Apply(_budget, 4m, _criteria, _candidates);
}
