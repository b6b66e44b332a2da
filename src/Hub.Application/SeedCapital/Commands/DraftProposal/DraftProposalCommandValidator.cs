using FluentValidation;

namespace Hub.Application.SeedCapital.Commands.DraftProposal;

public sealed class DraftProposalCommandValidator : AbstractValidator<DraftProposalCommand>
{
    public DraftProposalCommandValidator()
    {
        RuleFor(c => c.ApplicationId).NotEqual(Guid.Empty);
        RuleFor(c => c.TeamName).MaximumLength(200);
        Include(new ProposalContentValidator());
    }
}
