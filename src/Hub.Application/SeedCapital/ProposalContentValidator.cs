using FluentValidation;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital;

/// <summary>The form of a proposal's content, included by the draft's and the revision's validators.</summary>
public sealed class ProposalContentValidator : AbstractValidator<IProposalContentInput>
{
    public ProposalContentValidator()
    {
        RuleFor(c => c.RequestedAmount).NotNull().SetValidator(new MoneyInputValidator());
        RuleFor(c => c.Summary).NotEmpty().Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("'Summary' must not be empty.").MaximumLength(Proposal.MaxSummaryLength);
        RuleFor(c => c.BudgetLines).Must(l => l is null || l.Count <= Proposal.MaxBudgetLines).WithMessage($"At most {Proposal.MaxBudgetLines} budget lines.");
        RuleForEach(c => c.BudgetLines).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.Item).NotEmpty().MaximumLength(200);
            line.RuleFor(l => l.Amount).InclusiveBetween(0, Domain.SeedCapital.Money.MaxAmount);
        });
        RuleFor(c => c.Milestones).Must(m => m is null || m.Count <= Proposal.MaxMilestones).WithMessage($"At most {Proposal.MaxMilestones} milestones.");
        RuleForEach(c => c.Milestones).NotNull().ChildRules(milestone =>
        {
            milestone.RuleFor(m => m.Title).NotEmpty().MaximumLength(200);
            milestone.RuleFor(m => m.DueOn).NotEmpty().WithMessage("Each milestone needs a due date.");
            milestone.RuleFor(m => m.Amount).GreaterThan(0).LessThanOrEqualTo(Domain.SeedCapital.Money.MaxAmount);
        });
    }
}
