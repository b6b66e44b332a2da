using FluentValidation;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay.Commands.SubmitScoreSheet;

public sealed class SubmitScoreSheetCommandValidator : AbstractValidator<SubmitScoreSheetCommand>
{
    public SubmitScoreSheetCommandValidator()
    {
        RuleFor(c => c.Scores).NotNull().Must(s => s is { Count: > 0 and <= DemoDayEdition.MaxCriteria })
            .WithMessage($"'scores' must name 1 to {DemoDayEdition.MaxCriteria} criteria.");
        RuleForEach(c => c.Scores).Must(s => !string.IsNullOrWhiteSpace(s.Key) && s.Key.Length <= 100)
            .WithMessage("Criterion names are 1 to 100 characters.");
    }
}
