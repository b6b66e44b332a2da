using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Applicants.Intakes;

namespace Hub.Application.Applicants.Commands.ScheduleIntake;

public sealed class ScheduleIntakeCommandValidator : AbstractValidator<ScheduleIntakeCommand>
{
    public ScheduleIntakeCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).NotBlank().MaximumLength(200);
        RuleFor(c => c.OpensAt).NotEmpty();
        RuleFor(c => c.ClosesAt).NotEmpty()
            .GreaterThan(c => c.OpensAt).WithMessage("'closesAt' must be later than 'opensAt'.")
            .Must(closesAt => closesAt > clock.GetUtcNow()).WithMessage("'closesAt' must be in the future.")
            .LessThan(Intake.LatestMoment).WithMessage($"'closesAt' must be before {Intake.LatestMoment:yyyy-MM-dd}.");
        RuleFor(c => c.Capacity).InclusiveBetween(1, Intake.MaxCapacity);
    }
}
