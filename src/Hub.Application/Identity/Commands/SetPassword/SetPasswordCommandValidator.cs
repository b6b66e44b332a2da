using FluentValidation;
using Hub.Application.Common.Validation;

namespace Hub.Application.Identity.Commands.SetPassword;

public sealed class SetPasswordCommandValidator : AbstractValidator<SetPasswordCommand>
{
    public SetPasswordCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Token).NotBlank().MaximumLength(2000);
        RuleFor(c => c.Password).PresentPassword();
    }
}
