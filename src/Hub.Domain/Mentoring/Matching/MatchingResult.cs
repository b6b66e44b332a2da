namespace Hub.Domain.Mentoring.Matching;

/// <summary>
/// The solver's answer: the mentor of each application (-1 when unmatched) and the total score in millionths, or, when the
/// pins cannot all be honoured, the first pin that cannot and why.
/// </summary>
public sealed record MatchingResult(int[] MentorOf, long TotalScore, MatchingPin? InfeasiblePin = null, string? FailureReason = null)
{
    public bool IsFeasible => InfeasiblePin is null;

    public int MatchedCount => MentorOf.Count(m => m >= 0);

    public static MatchingResult Infeasible(MatchingPin pin, string reason) => new([], 0, pin, reason);
}
