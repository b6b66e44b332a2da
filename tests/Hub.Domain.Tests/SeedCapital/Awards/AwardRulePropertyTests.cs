using Hub.Domain.SeedCapital.Awards;

namespace Hub.Domain.Tests.SeedCapital.Awards;

/// <summary>
/// The rule against a straightforward reading of API.md on random calls: each evaluation's weighted score on its own,
/// their plain mean, LINQ ordering and a running budget. Values come from small ranges so that ties, conflicts,
/// short evaluations and exact budget fits happen often.
/// </summary>
public sealed class AwardRulePropertyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_rule_agrees_with_an_independent_computation_on_random_calls()
    {
        var random = new Random(20260501);
        for (var round = 0; round < 3000; round++)
        {
            var (budget, minScore, criteria, candidates) = RandomCall(random);

            var actual = AwardRule.Apply(budget, minScore, criteria, candidates);
            var expected = Reference(budget, minScore, criteria, candidates);

            Assert.Equal(expected.Ranking, actual.Ranking);
            Assert.Equal(expected.Awarded, actual.Awarded);
            Assert.Equal(expected.TotalAwarded, actual.TotalAwarded);
            Assert.Equal(expected.Remaining, actual.Remaining);
            Assert.Equal(budget, actual.TotalAwarded + actual.Remaining);
            Assert.True(actual.Remaining >= 0);
        }
    }

    private static (decimal Budget, decimal MinScore, IReadOnlyList<AwardCriterion> Criteria, IReadOnlyList<AwardCandidate> Candidates) RandomCall(Random random)
    {
        var criteria = Enumerable.Range(0, random.Next(1, 5)).Select(i => new AwardCriterion($"C{i}", random.Next(1, 6) + (random.Next(4) == 0 ? 0.5m : 0m))).ToList();
        var candidates = Enumerable.Range(0, random.Next(0, 12)).Select(_ => new AwardCandidate(
            Guid.NewGuid(),
            random.Next(1, 8) * 100m + (random.Next(3) == 0 ? 0.25m : 0m),
            T0.AddMinutes(random.Next(0, 4)),
            [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(5) == 0
                ? new CandidateEvaluation(true, new Dictionary<string, decimal>())
                : new CandidateEvaluation(false, criteria.ToDictionary(c => c.Name, _ => (decimal)random.Next(0, 11))))])).ToList();
        return (random.Next(0, 30) * 100m, random.Next(0, 9) + (random.Next(2) == 0 ? 0.5m : 0m), criteria, candidates);
    }

    private static AwardOutcome Reference(decimal budget, decimal minScore, IReadOnlyList<AwardCriterion> criteria, IReadOnlyList<AwardCandidate> candidates)
    {
        var totalWeight = criteria.Sum(c => c.Weight);
        var ranked = candidates
            .Select(c => (Candidate: c, Scores: c.Evaluations.Where(e => !e.ConflictOfInterest).Select(e => criteria.Sum(k => k.Weight * e.Scores[k.Name]) / totalWeight).ToList()))
            .Where(x => x.Scores.Count >= 2)
            .Select(x => (x.Candidate, Score: Math.Round(x.Scores.Sum() / x.Scores.Count, 9, MidpointRounding.AwayFromZero), Count: x.Scores.Count))
            .Where(x => x.Score >= minScore)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Candidate.SubmittedAt)
            .ThenBy(x => x.Candidate.ProposalId.ToString(), StringComparer.Ordinal)
            .ToList();

        var remaining = budget;
        var awarded = new List<AwardedAmount>();
        foreach (var (candidate, _, _) in ranked.Where(x => x.Candidate.RequestedAmount <= budget))
        {
            if (candidate.RequestedAmount <= remaining)
            {
                remaining -= candidate.RequestedAmount;
                awarded.Add(new AwardedAmount(candidate.ProposalId, candidate.RequestedAmount));
            }
        }

        return new AwardOutcome(
            [.. ranked.Select((x, i) => new RankedProposal(x.Candidate.ProposalId, i + 1, x.Score, x.Count))], awarded, budget - remaining, remaining);
    }
}
