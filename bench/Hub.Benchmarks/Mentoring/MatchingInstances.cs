using Hub.Domain.Mentoring.Matching;

namespace Hub.Benchmarks.Mentoring;

/// <summary>
/// Random instances shaped like the hub's: about one pair in five shares no language (ineligible), capacities 1–5,
/// scores in millionths between 0 and 1 with the coarse steps real scores have (so ties occur).
/// </summary>
internal static class MatchingInstances
{
    public static MatchingInstance Create(int applications, int mentors, int seed)
    {
        var random = new Random(seed);
        var capacity = Enumerable.Range(0, mentors).Select(_ => random.Next(1, 6)).ToArray();
        var scores = new long[(long)applications * mentors];
        for (long i = 0; i < scores.LongLength; i++)
        {
            scores[i] = random.Next(5) == 0 ? MatchingInstance.Ineligible : random.Next(0, 20_001) * 50;
        }

        return new MatchingInstance(applications, capacity, scores);
    }
}
