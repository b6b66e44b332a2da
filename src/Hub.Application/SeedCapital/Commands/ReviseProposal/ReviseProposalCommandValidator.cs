using FluentValidation;

namespace Hub.Application.SeedCapital.Commands.ReviseProposal;

public sealed class ReviseProposalCommandValidator : AbstractValidator<ReviseProposalCommand>
{
    public ReviseProposalCommandValidator() => Include(new ProposalContentValidator());
}
