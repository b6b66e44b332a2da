using System.Globalization;

namespace Hub.Application.Reporting;

/// <summary>Money as the contract writes it: the amount as a decimal string with two decimals, and the currency.</summary>
public sealed record ReportingMoneyDto(string Amount, string Currency)
{
    public static ReportingMoneyDto Of(decimal amount, string currency) =>
        new(decimal.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture), currency);
}
