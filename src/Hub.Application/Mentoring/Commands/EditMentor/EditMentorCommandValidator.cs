using FluentValidation;

namespace Hub.Application.Mentoring.Commands.EditMentor;

public sealed class EditMentorCommandValidator : AbstractValidator<EditMentorCommand>
{
    public EditMentorCommandValidator() =>
        RuleFor(c => c.Details).NotNull().SetValidator(new MentorDetailsValidator()).OverridePropertyName(string.Empty);
}
