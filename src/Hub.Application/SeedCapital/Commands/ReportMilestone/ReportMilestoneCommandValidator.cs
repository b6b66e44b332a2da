using FluentValidation;
using Hub.Domain.SeedCapital.Grants;
using Hub.Application.Common.Validation;

namespace Hub.Application.SeedCapital.Commands.ReportMilestone;

public sealed class ReportMilestoneCommandValidator : AbstractValidator<ReportMilestoneCommand>
{
    public ReportMilestoneCommandValidator()
    {
        RuleFor(c => c.Number).InclusiveBetween(1, 100);
        RuleFor(c => c.Report).NotBlank().MaximumLength(4000);
        RuleFor(c => c.JobsCreated).InclusiveBetween(0, Tranche.MaxJobsCreated);
    }
}
