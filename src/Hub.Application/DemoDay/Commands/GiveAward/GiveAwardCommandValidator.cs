using FluentValidation;
using Hub.Application.Common.Validation;

namespace Hub.Application.DemoDay.Commands.GiveAward;

public sealed class GiveAwardCommandValidator : AbstractValidator<GiveAwardCommand>
{
    public GiveAwardCommandValidator()
    {
        RuleFor(c => c.Category).NotBlank().MaximumLength(100);
        RuleFor(c => c.PitchId).NotEmpty();
    }
}
