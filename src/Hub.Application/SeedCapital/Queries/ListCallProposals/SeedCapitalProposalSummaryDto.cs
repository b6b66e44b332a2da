namespace Hub.Application.SeedCapital.Queries.ListCallProposals;

/// <summary>A proposal in a call's list; <see cref="EvaluatedByMe"/> tells an evaluator what is left to score.</summary>
public sealed record SeedCapitalProposalSummaryDto(
    Guid Id, Guid CallId, Guid? ApplicationId, Guid FounderUserId, string VentureName, SeedCapitalMoneyDto RequestedAmount, string Status, DateTimeOffset? SubmittedAt, bool EvaluatedByMe);
