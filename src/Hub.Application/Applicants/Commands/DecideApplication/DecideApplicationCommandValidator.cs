using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Commands.DecideApplication;

public sealed class DecideApplicationCommandValidator : AbstractValidator<DecideApplicationCommand>
{
    public DecideApplicationCommandValidator()
    {
        RuleFor(c => c.Decision)
            .Must(EnumNames.IsName<DecisionOutcome>)
            .WithMessage(c => $"'{EchoedValue.Of(c.Decision)}' is not a decision. Use Accept, Reject or Waitlist.");
        RuleFor(c => c.Reason).NotBlank().MaximumLength(2000);
    }
}
