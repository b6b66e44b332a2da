using FluentValidation;

namespace Hub.Application.SeedCapital.Commands.AppointEvaluatorByEmail;

public sealed class AppointEvaluatorByEmailCommandValidator : AbstractValidator<AppointEvaluatorByEmailCommand>
{
    public AppointEvaluatorByEmailCommandValidator() => RuleFor(c => c.Email).NotEmpty().MaximumLength(256).EmailAddress();
}
