using BenchmarkDotNet.Attributes;
using Hub.Domain.DemoDay.Ranking;

namespace Hub.Benchmarks.DemoDay;

/// <summary>
/// Results of a Demo Day with 1 000 pitches and 100 judges, by each method: every judge scoring every pitch
/// (100 000 sheets), or each judge a realistic panel of 150 pitches (15 000 sheets, about 15 judges a pitch).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class DemoDayRankingBenchmarks
{
    private const int PitchCount = 1_000;
    private const int JudgeCount = 100;
    private const int PanelSize = 150;

    private List<PitchEntry> _pitches = [];
    private List<SheetScore> _sheets = [];

    [Params("all", "panels")]
    public string Scoring { get; set; } = "all";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2023);
        _pitches = [.. Enumerable.Range(1, PitchCount).Select(slot => new PitchEntry(Guid.NewGuid(), slot))];
        var quality = _pitches.ToDictionary(p => p.PitchId, _ => random.NextDouble() * 4 + 4);
        _sheets = [];
        for (var j = 0; j < JudgeCount; j++)
        {
            var judge = Guid.NewGuid();
            var bias = random.NextDouble() * 2 - 1;
            // Panels overlap: judge j sees a window of pitches shifted by 10 per judge, wrapping round.
            var seen = Scoring == "all" ? _pitches : Enumerable.Range(0, PanelSize).Select(i => _pitches[((j * 10) + i) % PitchCount]);
            foreach (var pitch in seen)
            {
                var score = Math.Clamp(Math.Round(quality[pitch.PitchId] + bias + random.NextDouble() - 0.5, 1), 1, 10);
                _sheets.Add(new SheetScore(judge, pitch.PitchId, score));
            }
        }
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<RankedPitch> ZScore() => PitchRankings.Rank(RankingMethod.ZScore, _pitches, _sheets);

    [Benchmark]
    public IReadOnlyList<RankedPitch> Raw() => PitchRankings.Rank(RankingMethod.Raw, _pitches, _sheets);

    [Benchmark]
    public IReadOnlyList<RankedPitch> Additive() => PitchRankings.Rank(RankingMethod.Additive, _pitches, _sheets);
}
