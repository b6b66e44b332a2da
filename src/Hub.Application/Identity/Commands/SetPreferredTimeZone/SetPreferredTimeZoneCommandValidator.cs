using FluentValidation;
using Hub.Application.Common.Validation;

namespace Hub.Application.Identity.Commands.SetPreferredTimeZone;

public sealed class SetPreferredTimeZoneCommandValidator : AbstractValidator<SetPreferredTimeZoneCommand>
{
    public SetPreferredTimeZoneCommandValidator() =>
        RuleFor(c => c.TimeZone)
            .Must(zone => string.IsNullOrWhiteSpace(zone) || IanaTimeZones.IsKnown(zone))
            .WithMessage((_, zone) => $"'{EchoedValue.Of(zone)}' is not a known IANA time zone (e.g. Asia/Ulaanbaatar, Europe/Ljubljana).");
}
