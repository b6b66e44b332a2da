using FluentValidation;

namespace Hub.Application.Applicants.Commands.DraftApplication;

public sealed class DraftApplicationCommandValidator : AbstractValidator<DraftApplicationCommand>
{
    public DraftApplicationCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.IntakeId).NotEmpty();
        Include(new ApplicationDetailsValidator<DraftApplicationCommand>(clock));
    }
}
