using FluentValidation;

namespace Hub.Application.DemoDay.Commands.InviteJudge;

public sealed class InviteJudgeCommandValidator : AbstractValidator<InviteJudgeCommand>
{
    public InviteJudgeCommandValidator() => RuleFor(c => c.UserId).NotEmpty();
}
