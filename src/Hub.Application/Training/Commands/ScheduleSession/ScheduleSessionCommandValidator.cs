using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Commands.ScheduleSession;

public sealed class ScheduleSessionCommandValidator : AbstractValidator<ScheduleSessionCommand>
{
    public ScheduleSessionCommandValidator()
    {
        RuleFor(c => c.ModuleId).NotEmpty();
        RuleFor(c => c.TrainerUserId).NotEmpty();
        RuleFor(c => c.Title).NotBlank().MaximumLength(TrainingSession.MaxTitleLength);
        RuleFor(c => c.DurationMinutes).InclusiveBetween(TrainingSession.MinDurationMinutes, TrainingSession.MaxDurationMinutes);
        RuleFor(c => c.StartsAt).InclusiveBetween(TrainingSession.EarliestStart, TrainingSession.LatestStart.AddTicks(-1))
            .WithMessage($"'startsAt' must lie between {TrainingSession.EarliestStart:yyyy-MM-dd} and {TrainingSession.LatestStart:yyyy-MM-dd}.");
        RuleFor(c => c.Mode)
            .Must(EnumNames.IsName<SessionMode>)
            .WithMessage(c => $"'{EchoedValue.Of(c.Mode)}' is not a mode. Use InPerson or Webinar.");
        RuleFor(c => c.Venue).MaximumLength(TrainingSession.MaxVenueLength);
        RuleFor(c => c.Venue).Must(v => !string.IsNullOrWhiteSpace(v)).When(c => string.Equals(c.Mode, nameof(SessionMode.InPerson), StringComparison.OrdinalIgnoreCase))
            .WithMessage("'venue' is needed for a session in person.");
        RuleFor(c => c.Link).MaximumLength(TrainingSession.MaxLinkLength);
        RuleFor(c => c.Link).Must(v => !string.IsNullOrWhiteSpace(v)).When(c => string.Equals(c.Mode, nameof(SessionMode.Webinar), StringComparison.OrdinalIgnoreCase))
            .WithMessage("'link' is needed for a webinar.");
    }
}
