using FluentValidation;

namespace Hub.Application.Identity.Commands.Login;

public sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public LoginCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(256).WithName("email");
        RuleFor(c => c.Password).PresentPassword();
    }
}
