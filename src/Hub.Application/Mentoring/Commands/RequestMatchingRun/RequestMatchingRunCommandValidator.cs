using FluentValidation;
using Hub.Domain.Mentoring.MatchingRuns;

namespace Hub.Application.Mentoring.Commands.RequestMatchingRun;

public sealed class RequestMatchingRunCommandValidator : AbstractValidator<RequestMatchingRunCommand>
{
    public RequestMatchingRunCommandValidator()
    {
        RuleFor(c => c.IntakeId).NotEmpty().WithName("intakeId");
        RuleFor(c => c.Pins).NotNull().Must(p => p is null || p.Count <= MatchingRun.MaxPairs).WithName("pins").WithMessage($"At most {MatchingRun.MaxPairs} pins.");
        RuleFor(c => c.Forbids).NotNull().Must(p => p is null || p.Count <= MatchingRun.MaxPairs).WithName("forbids").WithMessage($"At most {MatchingRun.MaxPairs} forbids.");
        RuleForEach(c => c.Pins).Must(p => p is not null && p.ApplicationId != Guid.Empty && p.MentorId != Guid.Empty)
            .OverridePropertyName("pins").WithMessage("Each pin names an applicationId and a mentorId.");
        RuleForEach(c => c.Forbids).Must(p => p is not null && p.ApplicationId != Guid.Empty && p.MentorId != Guid.Empty)
            .OverridePropertyName("forbids").WithMessage("Each forbid names an applicationId and a mentorId.");
    }
}
