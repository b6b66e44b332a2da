using BenchmarkDotNet.Attributes;
using Hub.Domain.Mentoring.Matching;

namespace Hub.Benchmarks.Mentoring;

/// <summary>The optimal matcher beside the greedy baseline on the hub's real size (400 applications × 32 mentors).</summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private MatchingInstance _instance = null!;

    [GlobalSetup]
    public void Setup() => _instance = MatchingInstances.Create(400, 32, seed: 400);

    [Benchmark(Baseline = true)]
    public MatchingResult Greedy() => GreedyMatcher.Solve(_instance);

    [Benchmark]
    public MatchingResult Optimal() => OptimalMatcher.Solve(_instance);
}
