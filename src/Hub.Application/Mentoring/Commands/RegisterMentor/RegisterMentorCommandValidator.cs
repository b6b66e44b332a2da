using FluentValidation;

namespace Hub.Application.Mentoring.Commands.RegisterMentor;

public sealed class RegisterMentorCommandValidator : AbstractValidator<RegisterMentorCommand>
{
    public RegisterMentorCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(256).EmailAddress().WithName("email");
        RuleFor(c => c.Details).NotNull().SetValidator(new MentorDetailsValidator()).OverridePropertyName(string.Empty);
    }
}
