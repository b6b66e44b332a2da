using Hub.Application.SeedCapital.Queries.GetCall;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>What the proposal form partial shows: the call's terms, the founder's accepted applications (when drafting) and the input.</summary>
public sealed record ProposalForm(SeedCapitalCallDto Call, ProposalInput Input, IReadOnlyDictionary<Guid, string>? Applications, string Handler);
