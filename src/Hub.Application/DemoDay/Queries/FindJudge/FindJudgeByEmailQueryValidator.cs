using FluentValidation;

namespace Hub.Application.DemoDay.Queries.FindJudge;

public sealed class FindJudgeByEmailQueryValidator : AbstractValidator<FindJudgeByEmailQuery>
{
    public FindJudgeByEmailQueryValidator() =>
        RuleFor(q => q.Email).NotEmpty().MaximumLength(256).EmailAddress();
}
