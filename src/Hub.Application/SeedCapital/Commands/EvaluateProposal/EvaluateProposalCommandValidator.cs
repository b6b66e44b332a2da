using FluentValidation;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital.Commands.EvaluateProposal;

public sealed class EvaluateProposalCommandValidator : AbstractValidator<EvaluateProposalCommand>
{
    public EvaluateProposalCommandValidator()
    {
        RuleFor(c => c.Scores)
            .Must(s => s is { Count: > 0 }).When(c => !c.ConflictOfInterest).WithMessage("Score every criterion of the call, 0 to 10, or declare a conflict of interest.");
        RuleFor(c => c.Scores)
            .Must(s => s is null || s.Count <= CallForProposals.MaxCriteria).WithMessage($"A call has at most {CallForProposals.MaxCriteria} criteria.")
            .Must(s => s is null || s.Values.All(v => v is >= 0 and <= CallForProposals.MaxScore)).WithMessage($"Each score must be between 0 and {CallForProposals.MaxScore:0}.");
        RuleFor(c => c.Comment).MaximumLength(Evaluation.MaxCommentLength);
    }
}
