namespace Hub.Application.SeedCapital.Queries.GetCallStanding;

/// <summary>An evaluator's comment on a proposal, for the committee.</summary>
public sealed record SeedCapitalEvaluatorCommentDto(Guid EvaluatorUserId, string Comment);
