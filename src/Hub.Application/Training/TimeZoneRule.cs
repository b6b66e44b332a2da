using FluentValidation;
using Hub.Application.Common.Validation;

namespace Hub.Application.Training;

internal static class TimeZoneRule
{
    /// <summary>An IANA time zone the server knows, or none (Asia/Ulaanbaatar).</summary>
    public static IRuleBuilderOptions<T, string?> KnownTimeZone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(TrainingTimeZones.IsKnown)
            .WithMessage((_, zone) => $"'{EchoedValue.Of(zone)}' is not a known IANA time zone (e.g. Asia/Ulaanbaatar, Europe/Ljubljana).");
}
