using FluentValidation;

namespace Hub.Application.DemoDay.Commands.DeclareConflict;

public sealed class DeclareConflictCommandValidator : AbstractValidator<DeclareConflictCommand>
{
    public DeclareConflictCommandValidator()
    {
        RuleFor(c => c.JudgeUserId).NotEmpty();
        RuleFor(c => c.PitchId).NotEmpty();
    }
}
