using FluentValidation;

namespace Hub.Application.Applicants.Commands.EditDraftApplication;

public sealed class EditDraftApplicationCommandValidator : AbstractValidator<EditDraftApplicationCommand>
{
    public EditDraftApplicationCommandValidator(TimeProvider clock) =>
        Include(new ApplicationDetailsValidator<EditDraftApplicationCommand>(clock));
}
