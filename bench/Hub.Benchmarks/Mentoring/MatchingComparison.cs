using System.Diagnostics;
using System.Globalization;
using Hub.Domain.Mentoring.Matching;

namespace Hub.Benchmarks.Mentoring;

/// <summary><c>./hub bench matching</c>: time and total score of the optimal and the greedy matcher, side by side.</summary>
internal static class MatchingComparison
{
    public static int Run(string[] args)
    {
        var sizes = args.Length > 0
            ? args.Select(a => a.Split('x')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture))).ToArray()
            : [(400, 32), (10_000, 1_000)];

        Console.WriteLine("size            | solver  |     time ms | matched |       total score | optimal/greedy");
        foreach (var (applications, mentors) in sizes)
        {
            var instance = MatchingInstances.Create(applications, mentors, seed: applications + mentors);
            OptimalMatcher.Solve(MatchingInstances.Create(40, 8, seed: 1)); // warm up the JIT

            var (greedy, greedyMs) = Time(() => GreedyMatcher.Solve(instance));
            var (optimal, optimalMs) = Time(() => OptimalMatcher.Solve(instance));
            var size = $"{applications} × {mentors}";
            Console.WriteLine($"{size,-15} | greedy  | {greedyMs,11:F1} | {greedy.MatchedCount,7} | {greedy.TotalScore / 1e6,17:F6} |");
            Console.WriteLine(
                $"{size,-15} | optimal | {optimalMs,11:F1} | {optimal.MatchedCount,7} | {optimal.TotalScore / 1e6,17:F6} | {(double)optimal.TotalScore / greedy.TotalScore:F4}");
        }

        return 0;
    }

    private static (MatchingResult Result, double Milliseconds) Time(Func<MatchingResult> solve)
    {
        var watch = Stopwatch.StartNew();
        var result = solve();
        return (result, watch.Elapsed.TotalMilliseconds);
    }
}
