using FluentValidation;
using Hub.Application.Common.Validation;

namespace Hub.Application.Mentoring.Commands.CloseMentorship;

public sealed class CloseMentorshipCommandValidator : AbstractValidator<CloseMentorshipCommand>
{
    public CloseMentorshipCommandValidator() => RuleFor(c => c.Outcome).NotBlank().MaximumLength(1000).WithName("outcome");
}
