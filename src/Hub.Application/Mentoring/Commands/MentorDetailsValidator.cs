using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Mentoring.Matching;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Application.Mentoring.Commands;

public sealed class MentorDetailsValidator : AbstractValidator<MentorDetails>
{
    public MentorDetailsValidator()
    {
        RuleFor(d => d.FullName).NotBlank().MaximumLength(200).WithName("fullName");
        RuleFor(d => d.Country).NotBlank().MaximumLength(100).WithName("country");
        RuleFor(d => d.TimeZone).NotBlank().MaximumLength(100).Must(WorkingHours.IsKnownTimeZone).WithName("timeZone")
            .WithMessage("'timeZone' must be an IANA time zone such as Europe/Ljubljana.");
        RuleFor(d => d.Languages).NotNull().Must(l => l is { Count: > 0 and <= 20 }).WithName("languages").WithMessage("Name between 1 and 20 languages.");
        RuleForEach(d => d.Languages).KnownLanguageCode().OverridePropertyName("languages");
        RuleFor(d => d.Expertise).NotNull().Must(e => e is { Count: <= 7 }).WithName("expertise").WithMessage("Name at most 7 sectors.");
        RuleForEach(d => d.Expertise)
            .Must(EnumNames.IsName<ExpertiseSector>)
            .OverridePropertyName("expertise")
            .WithMessage($"Each sector must be one of {string.Join(", ", Enum.GetNames<ExpertiseSector>())}.");
        RuleFor(d => d.Capacity).InclusiveBetween(0, MentorProfile.MaxCapacity).WithName("capacity");
        RuleFor(d => d.Bio).MaximumLength(2000).WithName("bio");
    }
}
