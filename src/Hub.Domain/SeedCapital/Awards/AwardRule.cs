namespace Hub.Domain.SeedCapital.Awards;

/// <summary>
/// The award rule of a call (docs/API.md, "Seed-capital calls"), as a pure function over decimals:
/// <list type="number">
/// <item>a proposal's score is the mean, over its non-conflicted evaluations, of Σ(weight·value)/Σ(weight),
/// rounded to <see cref="ComparedDecimals"/> decimals (half away from zero); equal rounded scores are ties;</item>
/// <item>proposals with fewer than <see cref="MinimumEvaluations"/> such evaluations, or a score below the call's
/// minimum, are not ranked;</item>
/// <item>rank by score (high first), then earlier submission, then proposal id (its lower-case text, ordinal) so that
/// full ties still have one order;</item>
/// <item>in rank order each proposal gets its full request if the remaining budget covers it, otherwise nothing,
/// and the next one is tried.</item>
/// </list>
/// </summary>
public static class AwardRule
{
    public const int MinimumEvaluations = 2;
    public const int ComparedDecimals = 9;

    public static AwardOutcome Apply(decimal budget, decimal minScore, IReadOnlyList<AwardCriterion> criteria, IReadOnlyList<AwardCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(candidates);
        var totalWeight = criteria.Sum(c => c.Weight);
        if (totalWeight <= 0)
        {
            throw new ArgumentException("The criteria's weights must add up to more than 0.", nameof(criteria));
        }

        var scored = new List<(AwardCandidate Candidate, decimal Score, int Evaluations, string IdText)>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var counted = 0;
            var weighted = 0m;
            foreach (var evaluation in candidate.Evaluations)
            {
                if (evaluation.ConflictOfInterest)
                {
                    continue;
                }

                counted++;
                foreach (var criterion in criteria)
                {
                    weighted += criterion.Weight * evaluation.Scores[criterion.Name];
                }
            }

            if (counted < MinimumEvaluations)
            {
                continue;
            }

            // One division of exact sums: the mean of the evaluations' weighted scores without rounding each of them.
            var score = decimal.Round(weighted / (totalWeight * counted), ComparedDecimals, MidpointRounding.AwayFromZero);
            if (score >= minScore)
            {
                scored.Add((candidate, score, counted, candidate.ProposalId.ToString("D")));
            }
        }

        scored.Sort(static (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var bySubmission = a.Candidate.SubmittedAt.CompareTo(b.Candidate.SubmittedAt);
            return bySubmission != 0 ? bySubmission : string.CompareOrdinal(a.IdText, b.IdText);
        });

        var ranking = new List<RankedProposal>(scored.Count);
        var awarded = new List<AwardedAmount>();
        var remaining = budget;
        foreach (var (candidate, score, evaluations, _) in scored)
        {
            ranking.Add(new RankedProposal(candidate.ProposalId, ranking.Count + 1, score, evaluations));
            if (candidate.RequestedAmount <= remaining)
            {
                awarded.Add(new AwardedAmount(candidate.ProposalId, candidate.RequestedAmount));
                remaining -= candidate.RequestedAmount;
            }
        }

        return new AwardOutcome(ranking, awarded, budget - remaining, remaining);
    }
}
