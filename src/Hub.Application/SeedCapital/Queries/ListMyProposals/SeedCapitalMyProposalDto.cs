namespace Hub.Application.SeedCapital.Queries.ListMyProposals;

/// <summary>One of the founder's proposals; <c>grantId</c> once the award funded it; <c>version</c> for a revision of a draft.</summary>
public sealed record SeedCapitalMyProposalDto(
    Guid Id, Guid CallId, string CallTitle, string CallStatus, DateTimeOffset CallClosesAt, string VentureName, SeedCapitalMoneyDto RequestedAmount,
    string Status, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, SeedCapitalMoneyDto? AwardedAmount, Guid? GrantId, uint Version);
