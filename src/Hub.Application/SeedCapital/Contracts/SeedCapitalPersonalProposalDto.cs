namespace Hub.Application.SeedCapital.Contracts;

/// <summary>A founder's proposal as they wrote it, without the evaluators' scores (those are the evaluators' data).</summary>
public sealed record SeedCapitalPersonalProposalDto(
    Guid Id, Guid CallId, Guid? ApplicationId, string VentureName, SeedCapitalMoneyDto RequestedAmount, string Summary, string Status,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, decimal? AwardedAmount);
