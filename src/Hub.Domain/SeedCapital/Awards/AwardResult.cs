using Hub.Domain.SeedCapital.Grants;

namespace Hub.Domain.SeedCapital.Awards;

/// <summary>What an award did: the rule's outcome and the grants it made.</summary>
public sealed record AwardResult(AwardOutcome Outcome, IReadOnlyList<Grant> Grants);
