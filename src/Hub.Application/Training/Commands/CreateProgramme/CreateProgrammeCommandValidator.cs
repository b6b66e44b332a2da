using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Training.TrainingProgrammes;

namespace Hub.Application.Training.Commands.CreateProgramme;

public sealed class CreateProgrammeCommandValidator : AbstractValidator<CreateProgrammeCommand>
{
    public CreateProgrammeCommandValidator()
    {
        RuleFor(c => c.Name).NotBlank().MaximumLength(TrainingProgramme.MaxNameLength);
        RuleFor(c => c.IntakeId).NotEmpty();
    }
}
