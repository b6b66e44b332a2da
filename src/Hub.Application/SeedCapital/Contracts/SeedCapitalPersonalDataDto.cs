using Hub.Application.SeedCapital.Queries.GetGrant;

namespace Hub.Application.SeedCapital.Contracts;

/// <summary>
/// Everything SeedCapital holds about a person: as a founder their proposals, and grants with their tranches and
/// milestone reports; as an evaluator their evaluations, with scores and comments.
/// </summary>
public sealed record SeedCapitalPersonalDataDto(
    IReadOnlyList<SeedCapitalPersonalProposalDto> Proposals, IReadOnlyList<SeedCapitalGrantDto> Grants, IReadOnlyList<SeedCapitalPersonalEvaluationDto> Evaluations);
