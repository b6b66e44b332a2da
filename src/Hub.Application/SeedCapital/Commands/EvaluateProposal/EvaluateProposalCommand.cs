using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.EvaluateProposal;

/// <summary>An evaluator of the proposal's call scores it, or declares a conflict of interest. Answers whether it was the first evaluation.</summary>
[AllowRoles(Roles.Evaluator)]
public sealed record EvaluateProposalCommand(Guid ProposalId, bool ConflictOfInterest, IReadOnlyDictionary<string, decimal>? Scores) : ICommand<bool>;
