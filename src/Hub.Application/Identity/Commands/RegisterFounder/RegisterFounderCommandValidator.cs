using FluentValidation;

namespace Hub.Application.Identity.Commands.RegisterFounder;

public sealed class RegisterFounderCommandValidator : AbstractValidator<RegisterFounderCommand>
{
    public RegisterFounderCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).PresentPassword();
        RuleFor(c => c.FullName).ValidFullName();
    }
}
