using FluentValidation;

namespace Hub.Application.SeedCapital.Commands.AppointEvaluator;

public sealed class AppointEvaluatorCommandValidator : AbstractValidator<AppointEvaluatorCommand>
{
    public AppointEvaluatorCommandValidator() => RuleFor(c => c.UserId).NotEmpty();
}
