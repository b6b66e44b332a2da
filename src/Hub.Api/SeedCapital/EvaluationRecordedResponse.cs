namespace Hub.Api.SeedCapital;

/// <summary>The evaluation as kept; <see cref="Revised"/> when it replaced the evaluator's earlier one.</summary>
public sealed record EvaluationRecordedResponse(Guid ProposalId, bool ConflictOfInterest, bool Revised);
