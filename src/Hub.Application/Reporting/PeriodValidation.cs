using FluentValidation;
using FluentValidation.Results;

namespace Hub.Application.Reporting;

/// <summary>A period must start on or before its end; the defaults (programme start, today) fill a missing end first.</summary>
internal static class PeriodValidation
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static void EnsureValid(ReportingPeriod period)
    {
        if (period.From > period.To)
        {
            throw new ValidationException([new ValidationFailure("from", $"'from' ({period.From:yyyy-MM-dd}) must not be after 'to' ({period.To:yyyy-MM-dd}).")]);
        }
    }

    public static IRuleBuilderOptions<T, DateOnly?> WithinReportingYears<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || (d >= Earliest && d <= Latest)).WithMessage($"'{{PropertyName}}' must be a day between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
}
