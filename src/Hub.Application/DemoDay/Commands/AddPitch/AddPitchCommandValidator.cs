using FluentValidation;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay.Commands.AddPitch;

public sealed class AddPitchCommandValidator : AbstractValidator<AddPitchCommand>
{
    public AddPitchCommandValidator()
    {
        RuleFor(c => c.ApplicationId).NotEmpty();
        RuleFor(c => c.Slot).InclusiveBetween(1, DemoDayEdition.MaxPitches);
        RuleFor(c => c.StartsAt).Must(at => at is null || (at.Value.Year >= 2000 && at.Value.Year < 2100)).WithMessage("'startsAt' must be a moment between 2000 and 2099.");
    }
}
