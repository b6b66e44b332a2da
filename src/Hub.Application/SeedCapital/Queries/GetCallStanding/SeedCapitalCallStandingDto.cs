namespace Hub.Application.SeedCapital.Queries.GetCallStanding;

/// <summary>
/// A call's proposals, ranked ones first in rank order, then the others in order of submission. <see cref="Awarded"/>
/// tells whether the ranking and amounts are the stored award or what the rule would decide now; the totals are of
/// those amounts. <see cref="Evaluators"/>: the committee, with how many submitted proposals each has evaluated.
/// <see cref="Fingerprint"/> (before the award): the ranking shown, for the award to check it still applies it.
/// </summary>
public sealed record SeedCapitalCallStandingDto(
    Guid CallId,
    bool Awarded,
    IReadOnlyList<SeedCapitalEvaluatorProgressDto> Evaluators,
    int MinimumEvaluations,
    IReadOnlyList<SeedCapitalStandingEntryDto> Proposals,
    SeedCapitalMoneyDto Funded,
    SeedCapitalMoneyDto Remaining,
    string? Fingerprint);
