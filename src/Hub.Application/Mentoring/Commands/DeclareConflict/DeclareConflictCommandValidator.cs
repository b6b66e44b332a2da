using FluentValidation;
using Hub.Application.Common.Validation;

namespace Hub.Application.Mentoring.Commands.DeclareConflict;

public sealed class DeclareConflictCommandValidator : AbstractValidator<DeclareConflictCommand>
{
    public DeclareConflictCommandValidator()
    {
        RuleFor(c => c.ApplicationId).NotEmpty().WithName("applicationId");
        RuleFor(c => c.Reason).NotBlank().MaximumLength(1000).WithName("reason");
    }
}
