using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay.Commands.PlanDemoDay;

public sealed class PlanDemoDayCommandValidator : AbstractValidator<PlanDemoDayCommand>
{
    public PlanDemoDayCommandValidator()
    {
        RuleFor(c => c.Name).NotBlank().MaximumLength(200);
        RuleFor(c => c.Venue).MaximumLength(200);
        RuleFor(c => c.HeldOn).NotEmpty().InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31));
        RuleFor(c => c.ScaleMin).InclusiveBetween(-DemoDayEdition.ScaleLimit, DemoDayEdition.ScaleLimit);
        RuleFor(c => c.ScaleMax).InclusiveBetween(-DemoDayEdition.ScaleLimit, DemoDayEdition.ScaleLimit)
            .GreaterThan(c => c.ScaleMin).WithMessage("'scaleMax' must be greater than 'scaleMin'.");
        RuleFor(c => c.Criteria).NotNull().Must(c => c is { Count: > 0 and <= DemoDayEdition.MaxCriteria })
            .WithMessage($"A Demo Day needs 1 to {DemoDayEdition.MaxCriteria} criteria.")
            .Must(c => c is null || c.Where(x => x is not null).Select(x => x.Name?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == c.Count)
            .WithMessage("Criterion names must differ.");
        RuleForEach(c => c.Criteria).NotNull().ChildRules(criterion =>
        {
            criterion.RuleFor(x => x.Name).NotBlank().MaximumLength(100);
            criterion.RuleFor(x => x.Weight).GreaterThan(0).LessThanOrEqualTo(DemoDayEdition.ScaleLimit);
        });
    }
}
