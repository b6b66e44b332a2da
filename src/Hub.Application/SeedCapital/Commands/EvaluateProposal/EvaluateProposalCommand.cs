using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.EvaluateProposal;

/// <summary>
/// An evaluator of the proposal's call scores it, with an optional comment for the committee, or declares a conflict of
/// interest (then no comment is kept). Answers whether it was the first evaluation.
/// </summary>
[AllowRoles(Roles.Evaluator)]
public sealed record EvaluateProposalCommand(Guid ProposalId, bool ConflictOfInterest, IReadOnlyDictionary<string, decimal>? Scores, string? Comment = null) : ICommand<bool>;
