using Hub.Domain.SeedCapital.Awards;

namespace Hub.Domain.Tests.SeedCapital.Awards;

internal static class AwardRuleTestData
{
    public static readonly DateTimeOffset T0 = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>One criterion of weight 1, so an evaluation's weighted score is its one value.</summary>
    public static readonly IReadOnlyList<AwardCriterion> OneCriterion = [new("Overall", 1m)];

    public static CandidateEvaluation Scored(decimal value) => new(false, new Dictionary<string, decimal> { ["Overall"] = value });

    public static CandidateEvaluation Conflicted() => new(true, new Dictionary<string, decimal>());

    public static AwardCandidate Candidate(decimal requested, int submittedMinutesAfterT0, params CandidateEvaluation[] evaluations) =>
        new(Guid.CreateVersion7(), requested, T0.AddMinutes(submittedMinutesAfterT0), evaluations);

    public static AwardCandidate Candidate(Guid id, decimal requested, int submittedMinutesAfterT0, params CandidateEvaluation[] evaluations) =>
        new(id, requested, T0.AddMinutes(submittedMinutesAfterT0), evaluations);
}
