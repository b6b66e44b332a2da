using FluentValidation;

namespace Hub.Application.SeedCapital.Commands.ApproveTranche;

public sealed class ApproveTrancheCommandValidator : AbstractValidator<ApproveTrancheCommand>
{
    public ApproveTrancheCommandValidator() => RuleFor(c => c.Number).InclusiveBetween(1, 100);
}
