using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring.Commands.LogSession;

public sealed class LogSessionCommandValidator : AbstractValidator<LogSessionCommand>
{
    public LogSessionCommandValidator()
    {
        RuleFor(c => c.StartedAt).NotEmpty().GreaterThan(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)).WithName("startedAt");
        RuleFor(c => c.DurationMinutes).InclusiveBetween(1, MentoringSession.MaxMinutes).WithName("durationMinutes");
        RuleFor(c => c.Format)
            .Must(EnumNames.IsName<SessionFormat>)
            .WithName("format")
            .WithMessage(c => $"'{EchoedValue.Of(c.Format)}' is not a format. Use one of {string.Join(", ", Enum.GetNames<SessionFormat>())}.");
        RuleFor(c => c.Topics).NotBlank().MaximumLength(2000).WithName("topics");
        RuleFor(c => c.Actions).MaximumLength(2000).WithName("actions");
    }
}
