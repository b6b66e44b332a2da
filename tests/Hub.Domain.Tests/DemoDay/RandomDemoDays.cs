using Hub.Domain.DemoDay.Ranking;

namespace Hub.Domain.Tests.DemoDay;

/// <summary>Random Demo Days the way the checks describe them: flat judges, judges of one pitch, partial panels.</summary>
internal static class RandomDemoDays
{
    public static (List<PitchEntry> Pitches, List<SheetScore> Sheets) Make(Random random)
    {
        var pitches = Enumerable.Range(1, random.Next(1, 12)).Select(slot => new PitchEntry(Guid.NewGuid(), slot)).ToList();
        var sheets = new List<SheetScore>();
        foreach (var _ in Enumerable.Range(0, random.Next(1, 7)))
        {
            var judge = Guid.NewGuid();
            var kind = random.Next(4);
            var flat = (double)WeightedScore.Of([(1m, random.Next(1, 11))]);
            var scored = kind == 1 ? pitches.Take(1) : pitches.Where(_ => kind == 0 || random.NextDouble() < 0.7);
            foreach (var pitch in scored)
            {
                // Integer criteria on a 1–10 scale with weights 2 and 3: ties happen often.
                var score = kind == 2 ? flat : (double)WeightedScore.Of([(2m, random.Next(1, 11)), (3m, random.Next(1, 11))]);
                sheets.Add(new SheetScore(judge, pitch.PitchId, score));
            }
        }

        return (pitches, sheets);
    }
}
