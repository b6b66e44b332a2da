using Hub.Application.SeedCapital.Queries.GetGrant;

namespace Hub.Application.SeedCapital.Contracts;

/// <summary>Everything SeedCapital holds about a founder: proposals, and grants with their tranches and milestone reports.</summary>
public sealed record SeedCapitalPersonalDataDto(IReadOnlyList<SeedCapitalPersonalProposalDto> Proposals, IReadOnlyList<SeedCapitalGrantDto> Grants);
